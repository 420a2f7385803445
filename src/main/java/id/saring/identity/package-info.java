/** Who is using Saring: accounts, roles, passwords, login and the first administrator. */
package id.saring.identity;
