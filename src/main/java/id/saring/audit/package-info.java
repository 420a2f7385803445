/** The audit trail of administrative and teacher actions: publishing, imports, resets, exports. */
package id.saring.audit;
