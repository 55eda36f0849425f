import { h, replace } from '../dom';

export async function hotspotsPage(main: HTMLElement): Promise<void> {
  replace(main, h('h1', {}, 'Hotspots'));
}
