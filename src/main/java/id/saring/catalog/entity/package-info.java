/** Which courses are published, and every version that was ever published. */
package id.saring.catalog.entity;
