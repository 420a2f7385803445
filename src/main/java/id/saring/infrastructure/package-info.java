/** Plumbing every feature stands on: the database, migrations, language and web filters. */
package id.saring.infrastructure;
