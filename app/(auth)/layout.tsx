export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main
      id="content"
      tabIndex={-1}
      className="outline-none flex min-h-screen items-start justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-12 sm:items-center"
    >
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
    </main>
  );
}
