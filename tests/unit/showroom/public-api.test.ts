import { describe, expect, it } from 'vitest';
import * as showroom from '../../../packages/showroom/src/index.js';

describe('@vitrine/showroom public API', () => {
  it('exports exactly the documented functions', () => {
    expect(Object.keys(showroom).sort()).toEqual(['ELEMENT_NAME', 'defineShowroomElement', 'mountDataShowrooms', 'mountShowroom', 'trackerFromAnalytics', 'validateConfig']);
  });
});
