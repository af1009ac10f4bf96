import { it } from 'vitest';
import { splitByline } from '../src/metadata/authors';
it('x', () => { for (const t of ['Nicolas Perriault —', 'Mac & i', 'Tech Insider Alex Perry', 'Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Bruno (Henrique Zecchin) Rodrigues']) console.log(JSON.stringify(t), '=>', JSON.stringify(splitByline(t))); });
