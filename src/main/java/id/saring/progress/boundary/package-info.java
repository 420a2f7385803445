/** What students' pages ask about their progress, and the certificate they earn. */
package id.saring.progress.boundary;
