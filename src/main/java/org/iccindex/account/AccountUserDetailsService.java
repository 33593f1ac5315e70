package org.iccindex.account;

import java.util.Locale;
import org.iccindex.account.persistence.AccountStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {
    private final AccountStore store;

    AccountUserDetailsService(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .map(row -> new AccountPrincipal(row.user(), row.passwordHash().orElse(null), row.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
