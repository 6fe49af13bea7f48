import { parseArgs } from 'node:util';
import type { Language } from '../shared';
import { CliError } from './cli-error';
import type { Command, ParsedArgs } from './command';

/**
 * Takes `--lang en`, `--lang=en` or `--lang EN` out of the arguments wherever it stands. A language
 * we do not speak is refused rather than silently answered in Vietnamese.
 */
export function takeLanguage(argv: readonly string[]): { language: Language; rest: string[] } {
  const rest: string[] = [];
  let language: Language = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    let value: string | undefined;
    if (arg === '--lang') {
      value = argv[i + 1];
      i++;
      if (value === undefined || value.startsWith('-')) {
        throw new CliError('Tùy chọn --lang cần một ngôn ngữ: --lang vi hoặc --lang en.', 'The --lang option needs a language: --lang vi or --lang en.');
      }
    } else if (arg.startsWith('--lang=')) {
      value = arg.slice('--lang='.length);
    } else {
      rest.push(arg);
      continue;
    }
    const lower = value.trim().toLowerCase();
    if (lower !== 'vi' && lower !== 'en') {
      throw new CliError(`Không có ngôn ngữ "${value}": dùng --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).`,
        `There is no language "${value}": use --lang vi (Vietnamese) or --lang en (English).`);
    }
    language = lower;
  }
  return { language, rest };
}

const optionName = (message: string): string => /'(-[^' ]+)/.exec(message)?.[1] ?? '';

/** Node's parser words its errors in English for developers; the officer gets what to type instead. */
export function parseCommandArgs(command: Command, args: readonly string[]): ParsedArgs {
  try {
    const parsed = parseArgs({ args: [...args], options: command.options, allowPositionals: true, strict: true });
    return { positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | undefined> };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = String((e as { message?: unknown }).message ?? '');
    const name = optionName(message);
    const usage = { vi: `\nCách dùng: ${command.usage}`, en: `\nUsage: ${command.usage}` };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(message)) {
      throw new CliError(`Tùy chọn ${name} cần một giá trị đi kèm.${usage.vi}`, `The option ${name} needs a value.${usage.en}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CliError(`Tùy chọn ${name} không nhận giá trị đi kèm.${usage.vi}`, `The option ${name} takes no value.${usage.en}`);
    }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new CliError(`Lệnh "${command.name}" không có tùy chọn ${name}.${usage.vi}`, `The "${command.name}" command has no option ${name}.${usage.en}`);
    }
    throw new CliError(`Không hiểu các tham số của lệnh "${command.name}".${usage.vi}`, `The arguments of "${command.name}" were not understood.${usage.en}`);
  }
}
