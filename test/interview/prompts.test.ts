/**
 * The real prompter (src/interview/questions/prompts.ts, @inquirer/prompts) driven by keys through
 * @inquirer/testing: Esc at any prompt asks to go back, and lists say so in their key hints.
 */
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { BackRequest } from '../../src/interview/questions/prompts';
import { through } from './inquirer-driven';

const CHOICES = [
  { value: 'yes', name: 'Yes' },
  { value: 'no', name: 'No' },
] as const;

describe('the way back in a real prompt', () => {
  it('a list shows "esc previous question" beside its keys, and Esc ends it with a BackRequest', async () => {
    const { answer, events, getScreen } = await render(through('en', (p) => p.select({ id: 'q', message: 'Which?', choices: CHOICES })), {});
    expect(getScreen()).toContain('esc previous question');
    events.keypress('escape');
    await expect(answer).rejects.toBeInstanceOf(BackRequest);
  });

  it('in Chinese, the hint is Chinese', async () => {
    const { answer, events, getScreen } = await render(through('zh', (p) => p.select({ id: 'q', message: '哪个？', choices: CHOICES })), {});
    expect(getScreen()).toContain('esc 返回上一题');
    events.keypress('escape');
    await expect(answer).rejects.toBeInstanceOf(BackRequest);
  });

  it('an input half typed, and a yes/no question, go back on Esc too', async () => {
    const typed = await render(through('en', (p) => p.input({ id: 'q', message: 'Income?', validate: () => true })), {});
    typed.events.type('120');
    typed.events.keypress('escape');
    await expect(typed.answer).rejects.toBeInstanceOf(BackRequest);

    const confirm = await render(through('en', (p) => p.confirm({ id: 'q', message: 'Sure?', default: false })), {});
    confirm.events.keypress('escape');
    await expect(confirm.answer).rejects.toBeInstanceOf(BackRequest);
  });

  it('a text or yes/no question shows the way back after it while it waits, in the person\'s language, and not once answered', async () => {
    const typed = await render(through('en', (p) => p.input({ id: 'q', message: 'Income?', validate: () => true })), {});
    expect(typed.getScreen()).toContain('Income? (Esc: previous question)');
    typed.events.type('12000');
    typed.events.keypress('enter');
    await expect(typed.answer).resolves.toBe('12000');
    expect(typed.getScreen()).not.toContain('Esc');

    const confirm = await render(through('zh', (p) => p.confirm({ id: 'q', message: '确定吗？', default: false })), {});
    expect(confirm.getScreen()).toContain('确定吗？ （Esc：返回上一题）');
    confirm.events.keypress('enter');
    await expect(confirm.answer).resolves.toBe(false);
  });

  it('other keys answer as before: Enter takes the default', async () => {
    const { answer, events } = await render(through('en', (p) => p.input({ id: 'q', message: 'Income?', default: '12000', validate: () => true })), {});
    events.keypress('enter');
    await expect(answer).resolves.toBe('12000');
  });
});
