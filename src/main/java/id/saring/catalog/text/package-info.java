/** Text as course authors write it: in Bahasa Indonesia and, where given, in English. */
package id.saring.catalog.text;
