/** Accounts, and the failed-login counts that throttle guessing: per username, and per browser logged in on. */
package id.saring.identity.entity;
