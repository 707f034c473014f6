export declare const POSTGRES_URL_VARIABLE: string;
export interface PostgresCluster {
  url: string;
  createDatabase(name: string): string;
  stop(): void;
}
export declare function postgresBinDir(): string | undefined;
export declare function startPostgresCluster(options?: { durable?: boolean }): Promise<PostgresCluster>;
