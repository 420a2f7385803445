/** Plain rules of LTI 1.3: checking a launch's ID token, reading its claims, writing signed messages. */
package id.saring.lti.control;
