/** The demo site: a root folder and other folders mounted at URL prefixes. */
export interface DemoOptions {
  root: string;
  mounts?: Record<string, string>;
}
