// The article this story tests, named as far as our copy names it, and the paragraph no data bears on.
import type { ReactNode } from 'react';
import { formatIsoDate } from '../charts/kit/format';
import { ARTICLE, untestedParagraphs, type ArticleIdentity } from './article';

const NOT_GIVEN = 'not given in our copy';

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ArticleCredit({ article = ARTICLE }: { article?: ArticleIdentity }) {
  const missing = [
    article.author ? null : 'author',
    article.outlet ? null : 'outlet',
    article.published ? null : 'date',
    article.url ? null : 'link',
  ].filter((field): field is string => field !== null);
  const untested = untestedParagraphs();
  return (
    <section className="article-credit" aria-labelledby="article-credit-heading">
      <h2 id="article-credit-heading" className="article-credit-heading">
        The article we test
      </h2>
      <dl className="article-credit-fields">
        <Field term="Title">
          <cite>{article.title}</cite>
        </Field>
        <Field term="Author">{article.author ?? NOT_GIVEN}</Field>
        <Field term="Outlet">{article.outlet ?? NOT_GIVEN}</Field>
        <Field term="Date">{article.published ? formatIsoDate(article.published) : NOT_GIVEN}</Field>
        <Field term="Link">{article.url ? <a href={article.url}>{article.url}</a> : NOT_GIVEN}</Field>
      </dl>
      {missing.length > 0 ? (
        <p className="article-credit-note">
          We worked from {article.copy}. Its {missing.join(', ')} are therefore not stated here; we do not
          guess them.
        </p>
      ) : null}
      {untested.map((p) => (
        <p key={p.paragraph} className="article-credit-untested" data-paragraph={p.paragraph}>
          <strong>Not tested here: paragraph {p.paragraph}</strong>, on {p.topic} (“{p.opening} …”). {p.why}
        </p>
      ))}
    </section>
  );
}
