/** The one data source, its schema migrations and its health check. */
package id.saring.infrastructure.database;
