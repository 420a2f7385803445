/**
 * Students' personal data under UU PDP No. 27/2022: guardians' consent, exporting everything held
 * about one student, and erasing it on request.
 */
package id.saring.privacy;
