import { describe, expect, it } from 'vitest';
import * as viewer from '../../../../packages/showroom/src/viewer/index.js';

describe('the viewer chunk (dist/showroom-viewer.js) API', () => {
  it('exports exactly what the showroom and the tests use', () => {
    expect(Object.keys(viewer).sort()).toEqual(['ModelViewer', 'ViewerError', 'createViewer', 'rendererStats']);
  });

  it('reports an empty renderer before any viewer exists', () => {
    expect(viewer.rendererStats()).toEqual({ contexts: 0, contextsCreated: 0, viewers: 0, geometries: 0, textures: 0, programs: 0 });
  });
});
