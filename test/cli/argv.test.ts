/**
 * bin/argv.cjs: the one reading of the command line before commander, shared by the launcher (its
 * own failures, before the bundle loads) and the CLI (language, --no-color, which command to build).
 */
import { describe, expect, it } from 'vitest';
import { firstWord, flagValue, hasFlag, langOf, resolveLang } from '../../bin/argv.cjs';

describe('flagValue', () => {
  it('reads `--name value` and `--name=value`, the first one given', () => {
    expect(flagValue(['check', '--lang', 'zh', 'a.yaml'], '--lang')).toBe('zh');
    expect(flagValue(['--lang=en', 'check'], '--lang')).toBe('en');
    expect(flagValue(['--lang', 'zh', '--lang', 'en'], '--lang')).toBe('zh');
  });
  it('is empty for a flag that ends the line, undefined when absent or after `--`', () => {
    expect(flagValue(['check', '--lang'], '--lang')).toBe('');
    expect(flagValue(['check', 'a.yaml'], '--lang')).toBeUndefined();
    expect(flagValue(['check', '--', '--lang', 'zh'], '--lang')).toBeUndefined();
    expect(flagValue(['--language', 'zh'], '--lang')).toBeUndefined();
  });
});

describe('hasFlag', () => {
  it('finds a bare flag before `--` only', () => {
    expect(hasFlag(['check', 'a.yaml', '--no-color'], '--no-color')).toBe(true);
    expect(hasFlag(['check', '--', '--no-color'], '--no-color')).toBe(false);
    expect(hasFlag(['check', '--no-colors'], '--no-color')).toBe(false);
  });
});

describe('firstWord', () => {
  it('is the first argument that is not an option, skipping the value of --lang', () => {
    expect(firstWord(['--lang', 'zh', 'check', 'a.yaml'])).toBe('check');
    expect(firstWord(['--no-color', '--lang=en', 'plan'])).toBe('plan');
    expect(firstWord(['--help'])).toBeUndefined();
    expect(firstWord([])).toBeUndefined();
  });
});

describe('the language', () => {
  it('--lang first, then LIMIT_AUDIT_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG), else en', () => {
    expect(resolveLang('zh', { LIMIT_AUDIT_LANG: 'en' })).toBe('zh');
    expect(resolveLang(undefined, { LIMIT_AUDIT_LANG: 'zh', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(resolveLang(undefined, { LIMIT_AUDIT_LANG: 'fr', LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(resolveLang(undefined, { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN', LANG: 'zh_CN' })).toBe('en');
    expect(resolveLang(undefined, { LC_MESSAGES: 'ZH_TW', LANG: 'en_US' })).toBe('zh');
    expect(resolveLang(undefined, {})).toBe('en');
  });
  it('a --lang that is neither zh nor en is undefined (bad usage for the CLI); langOf then falls back to en', () => {
    expect(resolveLang('fr', { LIMIT_AUDIT_LANG: 'zh' })).toBeUndefined();
    expect(resolveLang('', { LIMIT_AUDIT_LANG: 'zh' })).toBeUndefined();
    expect(langOf(['check', '--lang', 'fr'], { LIMIT_AUDIT_LANG: 'zh' })).toBe('en');
    expect(langOf(['check', '--lang', 'zh'], {})).toBe('zh');
    expect(langOf(['check'], { LANG: 'zh_CN.UTF-8' })).toBe('zh');
  });
});
