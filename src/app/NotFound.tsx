import { Link } from '@tanstack/react-router';

export function NotFound() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Go to the <Link to="/">story</Link> or the{' '}
        <Link to="/explorer">explorer</Link>.
      </p>
    </section>
  );
}
