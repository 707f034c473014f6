import {
  Box3,
  Group,
  Mesh,
  MeshBasicMaterial,
  MeshDepthMaterial,
  OrthographicCamera,
  PlaneGeometry,
  ShaderMaterial,
  UniformsUtils,
  Vector3,
  WebGLRenderTarget,
  type Scene,
  type WebGLRenderer,
} from 'three';
import { HorizontalBlurShader } from 'three/examples/jsm/shaders/HorizontalBlurShader.js';
import { VerticalBlurShader } from 'three/examples/jsm/shaders/VerticalBlurShader.js';

/** Resolution of the shadow texture, px: small, since it is blurred anyway. */
const SIZE = 256;

/**
 * A soft contact shadow under the model, like model-viewer's: the model's depth seen from the floor,
 * upwards, rendered into a texture and blurred, on a transparent plane (three's
 * webgl_shadow_contact example). The model does not move (the camera orbits it), so the shadow is
 * baked once per model and costs nothing per frame.
 */
export class ContactShadow {
  readonly group = new Group();
  private readonly target = new WebGLRenderTarget(SIZE, SIZE);
  private readonly blurTarget = new WebGLRenderTarget(SIZE, SIZE);
  private readonly geometry: PlaneGeometry;
  private readonly plane: Mesh<PlaneGeometry, MeshBasicMaterial>;
  private readonly blurPlane: Mesh<PlaneGeometry, ShaderMaterial>;
  private readonly camera: OrthographicCamera;
  private readonly depth = new MeshDepthMaterial();
  private readonly horizontal = new ShaderMaterial({ ...HorizontalBlurShader, uniforms: UniformsUtils.clone(HorizontalBlurShader.uniforms), depthTest: false });
  private readonly vertical = new ShaderMaterial({ ...VerticalBlurShader, uniforms: UniformsUtils.clone(VerticalBlurShader.uniforms), depthTest: false });

  /**
   * A shadow for a model with bounding box `box`, standing on `box.min.y`. Only the parts within
   * `reach` of its height from the floor cast it, so that it sits under the product (feet, seat)
   * rather than spreading the whole silhouette as a grey cloud.
   */
  constructor(box: Box3, { darkness = 1.1, opacity = 0.5, reach = 0.5 } = {}) {
    const size = box.getSize(new Vector3());
    const centre = box.getCenter(new Vector3());
    const extent = Math.max(size.x, size.z) * 1.8;
    this.target.texture.generateMipmaps = false;
    this.blurTarget.texture.generateMipmaps = false;
    this.geometry = new PlaneGeometry(extent, extent).rotateX(Math.PI / 2);
    this.plane = new Mesh(this.geometry, new MeshBasicMaterial({ map: this.target.texture, transparent: true, opacity, depthWrite: false }));
    this.plane.renderOrder = 1;
    this.plane.scale.y = -1; // the texture was seen from below
    this.blurPlane = new Mesh(this.geometry, this.horizontal);
    this.blurPlane.visible = false;
    this.camera = new OrthographicCamera(-extent / 2, extent / 2, extent / 2, -extent / 2, 0, Math.max(size.y * reach, 1e-3));
    this.camera.rotation.x = Math.PI / 2; // look up from the floor
    this.group.add(this.plane, this.blurPlane, this.camera);
    this.group.position.set(centre.x, box.min.y + size.y * 1e-3, centre.z);
    // Depth as darkness: parts touching the floor are black, higher parts fade out. Depth-tested, so
    // each texel takes the part nearest the floor whatever order the meshes are drawn in (three's
    // webgl_shadow_contact draws without a depth test, where the last mesh drawn wins: three sorts
    // by material id, and GLTFLoader numbers a model's materials as its textures finish decoding,
    // so the chair's cushion hid its seat frame's shadow in some loads and not in others).
    this.depth.onBeforeCompile = (shader) => {
      shader.uniforms['darkness'] = { value: darkness };
      shader.fragmentShader = `uniform float darkness;\n${shader.fragmentShader.replace(
        'gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );',
        'gl_FragColor = vec4( vec3( 0.0 ), ( 1.0 - fragCoordZ ) * darkness );',
      )}`;
    };
  }

  /** Renders the shadow texture; call after the model is in `scene` (and after a context restore). */
  bake(renderer: WebGLRenderer, scene: Scene): void {
    const clearAlpha = renderer.getClearAlpha();
    this.plane.visible = false;
    scene.overrideMaterial = this.depth;
    renderer.setClearAlpha(0);
    renderer.setRenderTarget(this.target);
    renderer.clear();
    renderer.render(scene, this.camera);
    scene.overrideMaterial = null;
    this.blur(renderer, 4);
    this.blur(renderer, 1.6);
    renderer.setRenderTarget(null);
    renderer.setClearAlpha(clearAlpha);
    this.plane.visible = true;
  }

  dispose(): void {
    this.group.removeFromParent();
    this.target.dispose();
    this.blurTarget.dispose();
    this.geometry.dispose();
    this.plane.material.dispose();
    this.depth.dispose();
    this.horizontal.dispose();
    this.vertical.dispose();
  }

  /** A separable blur: target -> blurTarget horizontally, then back vertically. */
  private blur(renderer: WebGLRenderer, amount: number): void {
    this.blurPlane.visible = true;
    this.blurPlane.material = this.horizontal;
    this.horizontal.uniforms['tDiffuse']!.value = this.target.texture;
    this.horizontal.uniforms['h']!.value = amount / SIZE;
    renderer.setRenderTarget(this.blurTarget);
    renderer.render(this.blurPlane, this.camera);
    this.blurPlane.material = this.vertical;
    this.vertical.uniforms['tDiffuse']!.value = this.blurTarget.texture;
    this.vertical.uniforms['v']!.value = amount / SIZE;
    renderer.setRenderTarget(this.target);
    renderer.render(this.blurPlane, this.camera);
    this.blurPlane.visible = false;
  }
}
