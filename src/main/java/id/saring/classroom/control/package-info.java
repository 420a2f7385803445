/** Plain rules of classes: reading a roster, generating usernames and passwords, login cards. */
package id.saring.classroom.control;
