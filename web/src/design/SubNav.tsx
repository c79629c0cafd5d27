// A sub-navigation inside an area: tabs that are plain links, so each view has its own URL (deep links, back).
// A named list rather than a second <nav> landmark: the area navigation stays the page's one navigation, and
// the current tab is marked aria-current="page" by NavLink.
import { NavLink } from 'react-router';
import './SubNav.css';

export interface SubNavLink {
  label: string;
  to: string;
}

export function SubNav({ label, links }: { label: string; links: SubNavLink[] }) {
  return (
    <ul aria-label={label} className="sub-nav">
      {links.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} end>
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
