/** A guardian's consent to the student's data being held, as the school collected it. */
package id.saring.privacy.entity;
