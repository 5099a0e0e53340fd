// A source's title, linked only when its URL is a web address: compilations whose rows each cite their own source
// (headline figures, curated events) carry a project-internal urn, which must not become a dead link.
export function SourceTitle({ title, url }: { title: string; url: string }) {
  if (!/^https?:\/\//.test(url)) return <>{title}</>;
  return (
    <a href={url} rel="noopener noreferrer">
      {title}
    </a>
  );
}
