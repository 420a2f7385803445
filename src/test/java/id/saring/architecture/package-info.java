/** Tests of the architecture as a whole: which parts may use which. */
package id.saring.architecture;
