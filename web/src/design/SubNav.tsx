// A sub-navigation inside an area: tabs that are plain links, so each view has its own URL (deep links, back).
import { NavLink } from 'react-router';
import './SubNav.css';

export interface SubNavLink {
  label: string;
  to: string;
}

export function SubNav({ label, links }: { label: string; links: SubNavLink[] }) {
  return (
    <nav aria-label={label} className="sub-nav">
      {links.map((link) => (
        <NavLink key={link.to} to={link.to} end>
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
