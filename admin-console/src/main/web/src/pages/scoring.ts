import { h, replace } from '../dom';

export async function scoringPage(main: HTMLElement): Promise<void> {
  replace(main, h('h1', {}, 'Scoring'));
}
export const matrixPage = scoringPage;
export const scoreRunPage = scoringPage;
