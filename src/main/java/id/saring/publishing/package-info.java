/** Reading course folders and zips, checking them, and publishing them as new versions. */
package id.saring.publishing;
