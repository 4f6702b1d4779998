// Letters in Russian, each as text and HTML (ACC-3, ACC-4). Pure: easy to test and to read.

export type Letter = { subject: string; text: string; html: string };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function layout(title: string, paragraphs: string[], link: { href: string; label: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html lang="ru"><body style="font-family:Arial,sans-serif;color:#1e293b;max-width:560px">
<h1 style="font-size:18px">${escapeHtml(title)}</h1>${body}
<p style="margin:16px 0"><a href="${escapeHtml(link.href)}" style="background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(link.label)}</a></p>
<p style="font-size:12px;color:#64748b">Если кнопка не открывается, скопируйте ссылку в адресную строку браузера:<br>${escapeHtml(link.href)}</p>
<p style="font-size:12px;color:#64748b">Если вы не запрашивали это письмо, просто удалите его.</p>
</body></html>`;
}

export function confirmEmailLetter(opts: { name: string; school: string; link: string; hours: number }): Letter {
  const subject = "Подтверждение адреса электронной почты";
  const lines = [
    `Здравствуйте, ${opts.name}!`,
    `Этот адрес указан в электронном дневнике школы «${opts.school}». Чтобы подтвердить его, откройте ссылку ниже.`,
    `Ссылка действует ${opts.hours} ч и срабатывает один раз. Подтверждённая почта позволит восстановить доступ, если вы забудете пароль.`,
  ];
  return {
    subject,
    text: `${lines.join("\n\n")}\n\nПодтвердить почту: ${opts.link}\n\nЕсли вы не запрашивали это письмо, просто удалите его.`,
    html: layout(subject, lines, { href: opts.link, label: "Подтвердить почту" }),
  };
}

export function resetPasswordLetter(opts: { name: string; login: string; school: string; link: string; minutes: number }): Letter {
  const subject = "Смена пароля в электронном дневнике";
  const lines = [
    `Здравствуйте, ${opts.name}!`,
    `Для учётной записи с логином «${opts.login}» (${opts.school}) запрошена смена пароля.`,
    `Ссылка действует ${opts.minutes} минут и срабатывает один раз.`,
  ];
  return {
    subject,
    text: `${lines.join("\n\n")}\n\nЗадать новый пароль: ${opts.link}\n\nЕсли вы не запрашивали смену пароля, просто удалите письмо: пароль останется прежним.`,
    html: layout(subject, lines, { href: opts.link, label: "Задать новый пароль" }),
  };
}
