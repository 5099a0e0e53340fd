// The article this story tests, named as far as our copy names it, and the paragraph no data bears on.
import type { ReactNode } from 'react';
import { formatIsoDate } from '../charts/kit/format';
import { activeLocale, i18n } from '../i18n/i18n';
import { ARTICLE, untestedParagraphs, type ArticleIdentity } from './article';
import { itemSeparator } from './facts/format';

const notGiven = () => i18n._({ id: 'story.credit.not-given', message: 'not given in our copy' });

/** The fields our copy may lack, named in the note that says so. */
const FIELD_WORDS = {
  author: () => i18n._({ id: 'story.credit.author-word', message: 'author' }),
  outlet: () => i18n._({ id: 'story.credit.outlet-word', message: 'outlet' }),
  date: () => i18n._({ id: 'story.credit.date-word', message: 'date' }),
  link: () => i18n._({ id: 'story.credit.link-word', message: 'link' }),
};

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The paragraphs of the article no data here bears on, each with why. */
export function UntestedParagraphs() {
  // The article's own words (a paragraph's opening) stay English: marked so once the page is not.
  const english = activeLocale() === 'en' ? undefined : 'en';
  return untestedParagraphs().map((p) => (
    <p key={p.paragraph} className="article-credit-untested" data-paragraph={p.paragraph}>
      <strong>
        {i18n._(
          { id: 'story.untested.lead', message: 'Not tested here: paragraph {number}' },
          { number: p.paragraph },
        )}
      </strong>
      {i18n._({ id: 'story.untested.on', message: ', on {topic} (“' }, { topic: p.topic })}
      <span lang={english}>{p.opening} …</span>
      {i18n._({ id: 'story.untested.why-lead', message: '”). {why}' }, { why: p.why })}
    </p>
  ));
}

/**
 * `untested`: with the untested paragraphs under the credit (the story's opening shows them after its
 * introduction instead, src/story/StoryPage.tsx).
 */
export function ArticleCredit({
  article = ARTICLE,
  untested = true,
}: {
  article?: ArticleIdentity;
  untested?: boolean;
}) {
  const missing = [
    article.author ? null : FIELD_WORDS.author(),
    article.outlet ? null : FIELD_WORDS.outlet(),
    article.published ? null : FIELD_WORDS.date(),
    article.url ? null : FIELD_WORDS.link(),
  ].filter((field): field is string => field !== null);
  const NOT_GIVEN = notGiven();
  // Our description of our copy, in the active language (a test's own article keeps its own words).
  const copy =
    article.copy === ARTICLE.copy
      ? i18n._({
          id: 'story.credit.copy',
          message:
            'a plain-text copy with its title and seven paragraphs, without byline, outlet, date or link',
        })
      : article.copy;
  // The article's title stays English: marked so once the page is not.
  const english = activeLocale() === 'en' ? undefined : 'en';
  return (
    <section className="article-credit" aria-labelledby="article-credit-heading">
      <h2 id="article-credit-heading" className="article-credit-heading">
        {i18n._({ id: 'story.credit.heading', message: 'The article we test' })}
      </h2>
      <dl className="article-credit-fields">
        <Field term={i18n._({ id: 'story.credit.title', message: 'Title' })}>
          <cite lang={english}>{article.title}</cite>
        </Field>
        <Field term={i18n._({ id: 'story.credit.author', message: 'Author' })}>
          {article.author ?? NOT_GIVEN}
        </Field>
        <Field term={i18n._({ id: 'story.credit.outlet', message: 'Outlet' })}>
          {article.outlet ?? NOT_GIVEN}
        </Field>
        <Field term={i18n._({ id: 'story.credit.date', message: 'Date' })}>
          {article.published ? formatIsoDate(article.published) : NOT_GIVEN}
        </Field>
        <Field term={i18n._({ id: 'story.credit.link', message: 'Link' })}>
          {article.url ? <a href={article.url}>{article.url}</a> : NOT_GIVEN}
        </Field>
      </dl>
      {missing.length > 0 ? (
        <p className="article-credit-note">
          {i18n._(
            {
              id: 'story.credit.note',
              message:
                'We worked from {copy}. Its {missing} are therefore not stated here; we do not guess them.',
            },
            { copy, missing: missing.join(itemSeparator()) },
          )}
        </p>
      ) : null}
      {untested ? <UntestedParagraphs /> : null}
    </section>
  );
}
