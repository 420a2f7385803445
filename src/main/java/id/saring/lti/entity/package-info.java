/** What Saring keeps about platforms, their users and courses, logins in flight and scores to send. */
package id.saring.lti.entity;
