/** Accounts, roles and the security of every page and endpoint: who may read and change what. */
package org.iccindex.account;
