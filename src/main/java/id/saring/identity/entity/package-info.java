/** Accounts and the failed-login counts that throttle guessing. */
package id.saring.identity.entity;
