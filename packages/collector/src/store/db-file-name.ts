/** The SQLite database file's name inside the collector's data folder. */
export const DB_FILE_NAME = 'vitrine.sqlite';
