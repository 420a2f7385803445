/** Which language a person reads Saring in: Bahasa Indonesia first, English second. */
package id.saring.infrastructure.i18n;
