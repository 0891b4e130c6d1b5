/**
 * The one placeholder every route segment's loading.tsx shows while its page streams in: the
 * page's title at once, a skeleton where its content will be, announced once as loading.
 */
export function PageLoading({ pageName }: { pageName: string }) {
  return (
    <>
      <div className="page-intro">
        <h1>{pageName}</h1>
      </div>
      <div className="chart-skeleton page-skeleton" role="status" aria-label={`Loading ${pageName}`} />
    </>
  );
}
