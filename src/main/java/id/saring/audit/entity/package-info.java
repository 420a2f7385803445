/** One recorded action. */
package id.saring.audit.entity;
