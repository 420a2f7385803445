/** Pages every logged-in person has: their own account. */
package id.saring.view.account;
