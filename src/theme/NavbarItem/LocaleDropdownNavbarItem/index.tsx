import type {ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import LocaleDropdownNavbarItem from '@theme-original/NavbarItem/LocaleDropdownNavbarItem';
import type LocaleDropdownNavbarItemType from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof LocaleDropdownNavbarItemType>;

/**
 * The language menu links to this address in the other language. A missing
 * page's HTML is rendered once, for the path `/404`, and hydration keeps the
 * links it finds, so in the browser the menu is rendered anew, for the
 * address the reader is on.
 */
export default function LocaleDropdownNavbarItemWrapper(
  props: Props,
): ReactNode {
  const isBrowser = useIsBrowser();
  return <LocaleDropdownNavbarItem key={String(isBrowser)} {...props} />;
}
