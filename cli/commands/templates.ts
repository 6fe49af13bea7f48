import { TEMPLATES } from '../../shared';
import type { Command } from '../command';

export const templatesCommand: Command = {
  name: 'templates',
  usage: 'cchc templates',
  summary: { vi: 'Liệt kê các mẫu phụ lục', en: 'List the appendix templates' },
  options: {},
  async run(_args, ctx) {
    for (const t of TEMPLATES) ctx.out(`${t.id.padEnd(20)} ${ctx.language === 'vi' ? t.title.vi : t.title.en}  (seed ${t.seed})`);
    return 0;
  },
};
