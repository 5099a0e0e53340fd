import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE, PARAGRAPHS, untestedParagraphs } from '../../src/story/article';
import { ArticleCredit } from '../../src/story/ArticleCredit';
import { ARTICLE_TITLE, SECTIONS } from '../../src/story/sections';

afterEach(cleanup);

const field = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('the article’s identity', () => {
  it('names the title, and says the fields our copy does not give instead of guessing them', () => {
    render(<ArticleCredit />);
    expect(ARTICLE.title).toBe(ARTICLE_TITLE);
    expect(field('Title')).toBe(ARTICLE_TITLE);
    for (const term of ['Author', 'Outlet', 'Date', 'Link'])
      expect(field(term)).toBe('not given in our copy');
    expect(screen.getByText(/we do not guess/)).toHaveTextContent('author, outlet, date, link');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows author, outlet, date and link when the copy gives them', () => {
    render(
      <ArticleCredit
        article={{
          ...ARTICLE,
          author: 'A. Writer',
          outlet: 'The Test Gazette',
          published: '2024-04-12',
          url: 'https://example.org/article',
        }}
      />,
    );
    expect(field('Author')).toBe('A. Writer');
    expect(field('Outlet')).toBe('The Test Gazette');
    expect(field('Date')).toBe('12 Apr 2024');
    expect(screen.getByRole('link', { name: 'https://example.org/article' })).toHaveAttribute(
      'href',
      'https://example.org/article',
    );
    expect(screen.queryByText(/we do not guess/)).toBeNull();
  });

  it('names the paragraph on the international order as untested, and why', () => {
    render(<ArticleCredit />);
    const note = document.querySelector('[data-paragraph="4"]');
    expect(note).toHaveTextContent('Not tested here: paragraph 4');
    expect(note).toHaveTextContent('international order');
    expect(note).toHaveTextContent(/no series in these data measures/);
  });

  it('accounts for every paragraph: tested ones point at a section of the story', () => {
    expect(PARAGRAPHS.map((p) => p.paragraph)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const ids = new Set(SECTIONS.map((s) => s.id));
    for (const p of PARAGRAPHS) if (p.tested) expect(ids.has(p.sectionId)).toBe(true);
    expect(untestedParagraphs().map((p) => p.paragraph)).toEqual([4]);
  });
});
