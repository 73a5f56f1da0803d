#!/usr/bin/env python3
"""Build src/armsledger/data/systems.csv, the weapon-systems catalog.

Usage: python scripts/build_systems_catalog.py --shared /work/shared

The catalog is made of
  1. a hand-written list (HAND below) of the systems that matter most in
     arms-trade reporting, with curated families, aliases and NATO names;
  2. rows derived from SIPRI's designation list (sipri-designations.csv and
     the trade register it comes from): SIPRI descriptions map to catalog
     categories, suppliers to the designing state, designations to families
     through a normalising rule (variant letters, blocks, calibres and popular
     names dropped) plus reviewed overrides;
  3. rows derived from the Oryx list of Russian/Soviet equipment models.
The hand list wins on conflicts.  Only facts (designations, categories,
suppliers) are taken from the reference files; no file is copied.

Family naming follows GUIDE.md "System families".  Judgement calls made here:
  * Origin is the designing state.  Multinational designs take the lead or
    first partner: Eurofighter Typhoon, Tornado, Jaguar, Storm Shadow,
    Meteor, M777/L118, FH70 -> GBR; NH90, Tiger, A400M, A330 MRTT, SAMP/T,
    Aster, FREMM, Alpha Jet, MILAN/HOT -> FRA; NASAMS -> NOR; Iron Dome,
    David's Sling -> ISR; BrahMos -> IND.  Soviet designs are RUS, including
    Soviet-era Antonov and Kharkiv types (An-26, T-64); post-1991 Ukrainian
    designs (An-140/148/178, T-84, BTR-4, Neptune, Stugna) are UKR; other
    Soviet-bloc designs take the successor state (Czechoslovakia -> CZE,
    Yugoslavia -> SRB, GDR -> DEU).  SIPRI-derived rows take the origin of
    their family's hand entry, else the supplier of most new-built items
    (SIPRI's supplier is often a licensee or a second-hand seller).
  * Systems best known by name use the name even when a designation exists,
    as GUIDE.md does for Patriot and HIMARS: stinger, javelin, tow, tomahawk,
    harpoon (AGM/RGM-84), hawk, chaparral, nike-hercules, scud, tochka, oka,
    luna, iskander, kalibr (3M-14 and 3M-54, exported as Club), gripen,
    exocet, spike, indigenous-defense-fighter (F-CK-1).  US air-launched
    missiles keep their designation (aim-9, aim-120, aim-7, agm-65, agm-88,
    agm-114, agm-158); SLAM-ER -> slam-er.
  * Mission prefixes are part of the designation, only variant suffixes are
    dropped: EA-18G -> ea-18, KC-130J -> kc-130, MH-60R -> mh-60,
    SH-60/S-70B Seahawk -> sh-60, RF-4E -> rf-4, RC-135 -> rc-135 (F/A-18 ->
    f-18 as in GUIDE.md).  Company designations of the same airframe follow
    the military one: S-70 Black Hawk -> uh-60, Bell 204/205/212 -> uh-1.
    Separately numbered US M-vehicles are their own families (m1152, m577,
    m901) even when built on another platform; support vehicles keep their
    own designation (brem-1, m88) unless SIPRI names them after the platform
    ("Centurion ARV" -> centurion); upgrades of a platform by another state
    stay in the platform family (Sabra -> m60, Tiran -> t-54).
  * US military electronics keep the JETDS prefix: AN/APG-68 and SIPRI's
    APG-68 -> an/apg-68, AN/TPY-2 -> an/tpy-2, AN/VRC-92 -> an/vrc-92.
  * The number after a name is kept when it names a different model, not a
    variant: leopard-1/leopard-2, arrow-2/arrow-3, strela-2/strela-10,
    piranha-3/piranha-5, wing-loong-1/wing-loong-2, hwasong-N,
    switchblade-300/-600, king-air-350.
  * Export names map to the domestic family: F-7 -> j-7, FD-2000 -> hq-9,
    LY-80 -> hq-16, FM-90 -> hq-7, Kvadrat -> kub, Pantsyr-S1 -> pantsir,
    Al-Khalid -> mbt-2000, Mi-171 -> mi-17, Red Arrow-8 -> hj-8, SH-15 and
    PCL-181 -> sh-15.
  * Mi-24 and Mi-35 are separate families (as Mi-8 and Mi-17 are); SIPRI's
    Mi-24P/Mi-35P and Mi-24V/Mi-35 rows go to mi-24.  Mi-171Sh -> mi-17.
  * IRIS-T SLM -> iris-t and VL MICA -> mica (the SAM systems share the
    missile family); Barak MX/ER/LRAD -> barak-8.
  * Name clashes between unrelated systems are resolved with a suffix or a
    maker prefix: MIM-23 HAWK -> hawk but BAE Hawk -> bae-hawk; Mistral
    missile -> mistral but the LHD -> mistral-class; Westland Lynx -> lynx
    but Rheinmetall Lynx -> kf41; Tornado-G/-S rocket launchers ->
    tornado-g/tornado-s; Spanish F-100 frigate -> alvaro-de-bazan, F-110
    frigate -> f-110-frigate; engines named like other systems get a maker
    prefix (safran-m88, soloviev-d-30).  A SIPRI designation used for
    unrelated kinds of equipment is split per kind and derived families that
    clash with another kind get the kind as suffix ("-class" for ships).
  * NATO names are given with their number ('SA-21 Growler'); aircraft,
    helicopter and ship reporting names have none ('Fulcrum', 'Kilo').  The
    two-word NATO names of radars ('Flap Lid') are aliases with 'radar'
    appended, since armsledger.nlp.systems also matches the name part of a
    NATO name on its own.
"""
from __future__ import annotations

import argparse
import ast
import collections
import csv
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _system_categories() -> tuple[str, ...]:
    """SYSTEM_CATEGORIES read from armsledger/model.py without importing the
    package (whose __init__ pulls in third-party dependencies)."""
    tree = ast.parse((REPO / "src" / "armsledger" / "model.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "SYSTEM_CATEGORIES" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError("SYSTEM_CATEGORIES not found in armsledger/model.py")


SYSTEM_CATEGORIES = _system_categories()

# ---------------------------------------------------------------------------
# Hand-written list.  One system per line, fields separated by ';':
#   id; family; name; category code; origin; maker; aliases; NATO names;
#   SIPRI designations absorbed by this entry
# List fields are comma-separated.  Category codes: see CATEGORY_CODES.
# ---------------------------------------------------------------------------
HAND = r"""
# ---- Air defence: Russian / Soviet ----
s-75;s-75;S-75 Dvina;SAM;RUS;Almaz;S75,Dvina,Volkhov,S-75 Volkhov;SA-2 Guideline;S-75 Dvina,S-75M Volga
s-125;s-125;S-125 Neva/Pechora;SAM;RUS;Almaz;S125,Neva,Pechora,S-125 Pechora;SA-3 Goa;S-125 Pechora
pechora-2m;s-125;S-125 Pechora-2M;SAM;RUS;Defense Systems;Pechora-2M,S-125-2M;SA-26;S-125 Pechora-2M
s-200;s-200;S-200 Angara/Vega;SAM;RUS;Almaz;S200,Angara,S-200 Vega;SA-5 Gammon;S-200 Angara
s-300;s-300;S-300;SAM;RUS;Almaz-Antey;S300,S-300 system;SA-10 Grumble
s-300p;s-300;S-300P;SAM;RUS;Almaz-Antey;S-300PT;SA-10 Grumble
s-300ps;s-300;S-300PS;SAM;RUS;Almaz-Antey;S300PS;SA-10 Grumble
s-300pmu;s-300;S-300PMU;SAM;RUS;Almaz-Antey;S300PMU;SA-10 Grumble
s-300pmu-1;s-300;S-300PMU-1;SAM;RUS;Almaz-Antey;S-300PMU1,S300PMU1;SA-20 Gargoyle;S-300PMU1
s-300pmu-2;s-300;S-300PMU-2 Favorit;SAM;RUS;Almaz-Antey;S-300PMU2,S300PMU2,Favorit,S-300 Favorit;SA-20 Gargoyle;S-300PMU2 Favorit
s-300v;s-300;S-300V;SAM;RUS;Antey;S-300V Antey;SA-12 Gladiator,SA-12 Giant
s-300vm;s-300;S-300VM Antey-2500;SAM;RUS;Antey;Antey-2500,Antey 2500,S-300VM;SA-23 Gladiator,SA-23 Giant;S-300VM/SA-23
s-300v4;s-300;S-300V4;SAM;RUS;Almaz-Antey;S300V4
s-300f;s-300;S-300F Fort;SAM;RUS;Altair;S-300F,S-300 Fort;SA-N-6 Grumble
s-300fm;s-300;S-300FM Fort-M;SAM;RUS;Altair;S-300FM,Rif-M,Fort-M;SA-N-20 Gargoyle;S-300FM Rif-M
s-350;s-350;S-350 Vityaz;SAM;RUS;Almaz-Antey;50R6,S-350 Vityaz system
s-400;s-400;S-400 Triumf;SAM;RUS;Almaz-Antey;S400,Triumf,S-400 Triumph,40R6;SA-21 Growler;S-400 Triumf
s-500;s-500;S-500 Prometey;SAM;RUS;Almaz-Antey;S500,Prometey,S-500 Prometheus,55R6M
48n6;s-300;48N6 missile;SAM;RUS;Fakel;48N6E,48N6E2,48N6DM;;48N6
40n6;s-400;40N6 missile;SAM;RUS;Fakel;40N6E
9m96;s-400;9M96 missile;SAM;RUS;Fakel;9M96E,9M96E2;;9M96
57e6;pantsir;57E6 missile;SAM;RUS;KBP;57E6-E;;57E6
buk;buk;9K37 Buk;SAM;RUS;Almaz-Antey;Buk,9K37,Buk missile system;SA-11 Gadfly
buk-m1;buk;Buk-M1;SAM;RUS;Almaz-Antey;9K37M1,Buk-1M,Buk M1;SA-11 Gadfly;Buk-1M
buk-m1-2;buk;Buk-M1-2;SAM;RUS;Almaz-Antey;9K37M1-2,Buk-M1-2E,Ural;SA-17 Grizzly
buk-m2;buk;Buk-M2;SAM;RUS;Almaz-Antey;9K317,Buk-M2E,Buk M2;SA-17 Grizzly;Buk-M2
buk-m3;buk;Buk-M3 Viking;SAM;RUS;Almaz-Antey;9K317M,Buk-M3;SA-27 Gollum
9m38;buk;9M38 missile;SAM;RUS;Dolgoprudny;9M38M1;;9M38
9m317;buk;9M317 missile;SAM;RUS;Dolgoprudny;9M317E,9M317M;;9M317
kub;kub;2K12 Kub;SAM;RUS;Tikhomirov;Kub,2K12;SA-6 Gainful
kvadrat;kub;2K12 Kvadrat;SAM;RUS;Tikhomirov;Kvadrat,2K12E;SA-6 Gainful;Kvadrat
kvadrat-m;kub;2K12M Kvadrat-M;SAM;BLR;Tetraedr;Kvadrat-M;;Kvadrat-M
3m9;kub;3M9 missile;SAM;RUS;Vympel;3M9M3;;3M9
krug;krug;2K11 Krug;SAM;RUS;;Krug,2K11;SA-4 Ganef;2K11 Krug
osa;osa;9K33 Osa;SAM;RUS;Izhevsk Electromechanical Plant;Osa,9K33,Osa-AKM,Osa-AK;SA-8 Gecko
9m33;osa;9M33 missile;SAM;RUS;;9M33M3;;9M33
tor;tor;9K330 Tor;SAM;RUS;Almaz-Antey;Tor,9K330;SA-15 Gauntlet
tor-m1;tor;9K331 Tor-M1;SAM;RUS;Almaz-Antey;Tor-M1,9K331,Tor M1;SA-15 Gauntlet;Tor-M1
tor-m2;tor;9K332 Tor-M2;SAM;RUS;Almaz-Antey;Tor-M2,Tor-M2E,Tor-M2KM,Tor-M2DT,9K332;SA-15 Gauntlet
9m338;tor;9M338 missile;SAM;RUS;;9M338K;;9M338
strela-1;strela-1;9K31 Strela-1;SAM;RUS;;Strela-1,9K31;SA-9 Gaskin;9K31,Strela-1
strela-10;strela-10;9K35 Strela-10;SAM;RUS;;Strela-10,9K35,Strela-10M;SA-13 Gopher;Strela-10
strela-2;strela-2;9K32 Strela-2;SAM;RUS;;Strela-2,9K32,Strela-2M;SA-7 Grail;Strela-2
strela-3;strela-3;9K34 Strela-3;SAM;RUS;;Strela-3,9K34;SA-14 Gremlin;Strela-3
igla;igla;9K38 Igla;SAM;RUS;KBM;Igla,9K38;SA-18 Grouse;Igla
igla-1;igla;9K310 Igla-1;SAM;RUS;KBM;Igla-1,9K310;SA-16 Gimlet;Igla-1
igla-s;igla;9K338 Igla-S;SAM;RUS;KBM;Igla-S,9K338,Igla-Super;SA-24 Grinch;Igla-S
verba;verba;9K333 Verba;SAM;RUS;KBM;Verba,9K333;SA-25;Verba
tunguska;tunguska;2K22 Tunguska;SAM;RUS;KBP;Tunguska,2K22,2S6M,Tunguska-M,Tunguska-M1;SA-19 Grison;2S6M Tunguska
9m311;tunguska;9M311 missile;SAM;RUS;KBP;9M311-1M;;9M311 Treugolnik
pantsir;pantsir;Pantsir;SAM;RUS;KBP;Pantsyr,Pantsir system,96K6;SA-22 Greyhound
pantsir-s1;pantsir;Pantsir-S1;SAM;RUS;KBP;Pantsyr-S1,Pantsir-S1E,Pantsir S1,96K6 Pantsir-S1;SA-22 Greyhound;96K9 Pantsyr-S1
pantsir-sm;pantsir;Pantsir-SM;SAM;RUS;KBP;Pantsyr-SM,Pantsir-SMD
pantsir-me;pantsir;Pantsir-ME;SAM;RUS;KBP;Pantsir-M,Pantsyr-ME
sosna;sosna;Sosna-R;SAM;RUS;Ulyanovsk Mechanical Plant;Sosna,Sosna-R
a-135;a-135;A-135 Amur;SAM;RUS;;A-135
# ---- Air defence: US ----
patriot;patriot;MIM-104 Patriot;SAM;USA;Raytheon;MIM-104,Patriot system,Patriot missile system,Patriots,Patriot;;MIM-104A Patriot,Patriot
patriot-pac-2;patriot;Patriot PAC-2;SAM;USA;Raytheon;PAC-2,PAC-2 GEM,PAC-2 GEM-T,GEM-T,MIM-104 PAC-2;;MIM-104 PAC-2
patriot-pac-3;patriot;Patriot PAC-3;SAM;USA;Lockheed Martin;PAC-3,PAC-3 CRI,Patriot Configuration-3,MIM-104 PAC-3;;MIM-104 PAC-3,Patriot Configuration-3
patriot-pac-3-mse;patriot;Patriot PAC-3 MSE;SAM;USA;Lockheed Martin;PAC-3 MSE,MIM-104 PAC-3 MSE;;MIM-104 PAC-3 MSE
thaad;thaad;THAAD;SAM;USA;Lockheed Martin;Terminal High Altitude Area Defense,THAAD battery;;THAAD,THAAD missile
hawk;hawk;MIM-23 HAWK;SAM;USA;Raytheon;HAWK,MIM-23,HAWK missile,MIM-23A,MIM-23B;;HAWK,MIM-23A HAWK,MIM-23B HAWK
i-hawk;hawk;Improved HAWK;SAM;USA;Raytheon;I-HAWK,Improved HAWK,I-Hawk;;I-HAWK
nasams;nasams;NASAMS;SAM;NOR;Kongsberg/Raytheon;National Advanced Surface-to-Air Missile System;;NASAMS
nasams-2;nasams;NASAMS 2;SAM;NOR;Kongsberg/Raytheon;NASAMS-2,NASAMS II;;NASAMS-2
nasams-3;nasams;NASAMS 3;SAM;NOR;Kongsberg/Raytheon;NASAMS-3
stinger;stinger;FIM-92 Stinger;SAM;USA;Raytheon;Stinger,FIM-92,Stinger missile;;Stinger
avenger;avenger;AN/TWQ-1 Avenger;SAM;USA;Boeing;AN/TWQ-1,Avenger air defense system;;Avenger
chaparral;chaparral;MIM-72 Chaparral;SAM;USA;Ford Aerospace;Chaparral,MIM-72,M48 Chaparral;;MIM-72C Chaparral,M-48 Chaparral
nike-hercules;nike-hercules;MIM-14 Nike Hercules;SAM;USA;Western Electric;Nike Hercules,MIM-14;;MIM-14 Nike Hercules
nike-ajax;nike-ajax;MIM-3 Nike Ajax;SAM;USA;Western Electric;Nike Ajax,MIM-3;;MIM-3 Nike Ajax
redeye;redeye;FIM-43 Redeye;SAM;USA;General Dynamics;Redeye,FIM-43;;Redeye
sm-1;sm-1;RIM-66 Standard SM-1;SAM;USA;Raytheon;SM-1,SM-1MR,Standard Missile 1,RIM-66B;;RIM-66B Standard-1MR,Standard Missile-1ER
sm-2;sm-2;RIM-66/67 Standard SM-2;SAM;USA;Raytheon;SM-2,SM-2MR,SM-2 Block IIIA,SM-2 Block IIIB,Standard Missile 2,RIM-66M;;Standard Missile-2MR
sm-3;sm-3;RIM-161 Standard SM-3;SAM;USA;Raytheon;SM-3,SM-3 Block IB,SM-3 Block IIA,RIM-161,Standard Missile 3;;RIM-161 SM-3 Block-1,RIM-161D SM-3 Block-2
sm-6;sm-6;RIM-174 Standard SM-6;SAM;USA;Raytheon;SM-6,RIM-174,Standard Missile 6,ERAM
essm;essm;RIM-162 ESSM;SAM;USA;Raytheon;ESSM,RIM-162,Evolved Sea Sparrow Missile,ESSM Block 2;;ESSM,ESSM Block-2
sea-sparrow;sea-sparrow;RIM-7 Sea Sparrow;SAM;USA;Raytheon;Sea Sparrow,RIM-7,NATO Sea Sparrow
rim-116;rim-116;RIM-116 Rolling Airframe Missile;SAM;USA;Raytheon;Rolling Airframe Missile,RIM-116,RAM Block 2;;RIM-116A RAM,RIM-116C RAM Block-2B
searam;searam;SeaRAM;SAM;USA;Raytheon;SeaRAM CIWS;;SeaRAM
ifpc;ifpc;Indirect Fire Protection Capability;SAM;USA;Dynetics;IFPC,IFPC Inc 2,Enduring Shield
m-shorad;m-shorad;Maneuver-SHORAD;SAM;USA;Leonardo DRS;M-SHORAD,Sgt Stout
# ---- Air defence: Europe ----
samp-t;samp-t;SAMP/T Mamba;SAM;FRA;Eurosam;SAMP/T,SAMP-T,Mamba,SAMP/T NG,Aster SAMP/T;;SAMP/T
aster-15;aster-15;Aster 15;SAM;FRA;MBDA;Aster-15,Aster 15 missile;;ASTER-15 SAAM
aster-30;aster-30;Aster 30;SAM;FRA;MBDA;Aster-30,Aster 30 missile,Aster 30 B1NT;;ASTER-30
iris-t-slm;iris-t;IRIS-T SLM;SAM;DEU;Diehl Defence;IRIS-T SLM,IRIS-T SLS,IRIS-T SLX,IRIS-T SL;;IRIS-T SLM,IRIS-T SL
vl-mica;mica;VL MICA;SAM;FRA;MBDA;VL MICA,VL-MICA,VL MICA NG;;VL-MICA
vl-mica-m;mica;VL MICA naval;SAM;FRA;MBDA;VL MICA-M;;VL-MICA-M
camm;camm;CAMM;SAM;GBR;MBDA;Common Anti-air Modular Missile,CAMM-ER,CAMM-MR,Sea Ceptor,Land Ceptor;;CAMM,CAMM-ER
sky-sabre;sky-sabre;Sky Sabre;SAM;GBR;MBDA;Sky Sabre system,Narew
rapier;rapier;Rapier air defence system;SAM;GBR;MBDA;Rapier missile,Rapier FSC,Jernas;;Rapier,Rapier-1,Rapier-2,Rapier-2000,Jernas
starstreak;starstreak;Starstreak;SAM;GBR;Thales UK;Starstreak HVM,Stormer HVM;;Starstreak
mistral;mistral;MBDA Mistral;SAM;FRA;MBDA;Mistral missile,Mistral 3,Mistral MANPADS,Simbad,Atlas RC
rbs-70;rbs-70;RBS 70;SAM;SWE;Saab;RBS-70,RBS 70 NG,Bolide;;RBS-70,RBS-70 Mk-3 Bolide
rbs-23;rbs-23;RBS 23 BAMSE;SAM;SWE;Saab;BAMSE,RBS-23
piorun;piorun;Piorun;SAM;POL;Mesko;Piorun MANPADS,Grom-M;;Piorun
grom;grom;Grom;SAM;POL;Mesko;Grom MANPADS;;Grom-2
crotale;crotale;Crotale;SAM;FRA;Thales;Crotale NG,R-440 Crotale,Crotale EDIR;;Crotale,Crotale-NG,R-440 Crotale,Crotale EDIR
shahine;shahine;Shahine;SAM;FRA;Thomson-CSF;R-460 Shahine,Shahine ATTS;;R-460 Shahine,Shahine ATTS
roland;roland;Euromissile Roland;SAM;FRA;Euromissile;Roland 2,Roland 3,Roland-1;;Roland-1
aspide;aspide;Aspide;SAM;ITA;Selenia;Aspide 2000,Spada,Spada 2000,Skyguard-Aspide;;Aspide,Spada,Spada-2000
skyguard;skyguard;Skyguard;SAM;CHE;Oerlikon;Skyguard system;;Skyguard
skynex;skynex;Skynex;ART;DEU;Rheinmetall;Skynex system,Skyshield 35;;Skyshield-35,Skyshield
gepard;gepard;Flakpanzer Gepard;ART;DEU;Krauss-Maffei;Gepard,Gepard SPAAG,Flakpanzer;;Gepard
seacat;seacat;Seacat;SAM;GBR;Short Brothers;Sea Cat,Tigercat;;Seacat,Tigercat,Tigercat-2
sea-wolf;sea-wolf;Sea Wolf;SAM;GBR;BAe Dynamics;Seawolf,GWS-25;;Seawolf
sea-dart;sea-dart;Sea Dart;SAM;GBR;Hawker Siddeley;GWS-30;;Sea Dart
bloodhound;bloodhound;Bristol Bloodhound;SAM;GBR;Bristol;Bloodhound Mk 2;;Bloodhound-1,Bloodhound-2
adats;adats;ADATS;SAM;CHE;Oerlikon;Air Defense Anti-Tank System;;ADATS,ADATS LOS-FH
# ---- Air defence: Israel ----
iron-dome;iron-dome;Iron Dome;SAM;ISR;Rafael;Iron Dome system,Tamir interceptor,SkyHunter;;Iron Dome
davids-sling;davids-sling;David's Sling;SAM;ISR;Rafael/Raytheon;Davids Sling,Magic Wand,Stunner,SkyCeptor
arrow-2;arrow-2;Arrow 2;SAM;ISR;Israel Aerospace Industries;Arrow-2,Hetz 2,Arrow II
arrow-3;arrow-3;Arrow 3;SAM;ISR;Israel Aerospace Industries;Arrow-3,Hetz 3,Arrow III
arrow-4;arrow-4;Arrow 4;SAM;ISR;Israel Aerospace Industries;Arrow-4
barak-1;barak-1;Barak 1;SAM;ISR;Rafael;Barak-1,Barak I;;Barak-1,Barak-1 VLS
barak-8;barak-8;Barak 8;SAM;ISR;Israel Aerospace Industries;Barak-8,Barak 8 MRSAM,LRSAM,MRSAM,Barak MX,Barak-MX,Barak ER,Barak-ER,Barak LRAD,Barak MRAD;;Barak-ER,Barak-LRAD,Barak-MX
spyder;spyder;SPYDER;SAM;ISR;Rafael;Spyder,SPYDER-SR,SPYDER-MR,SPYDER ER,SPYDER-SR system;;SPYDER-SR,SPYDER-MR
iron-beam;iron-beam;Iron Beam;SAM;ISR;Rafael;Iron Beam laser
# ---- Air defence: China ----
hq-2;hq-2;HQ-2;SAM;CHN;;HQ-2 system;CSA-1;HQ-2/CSA-1
hq-7;hq-7;HQ-7;SAM;CHN;;HQ-7B,FM-80,FM-90,FM-90N,HHQ-7;CSA-4;FM-90,FM-90N
hq-9;hq-9;HQ-9;SAM;CHN;CASIC;HQ-9B,HQ-9BE,HQ-9/P,FD-2000,FD-2000B,HHQ-9;CSA-9;HQ-9
hq-16;hq-16;HQ-16;SAM;CHN;CASIC;HQ-16FE,LY-80,LY-80E,HHQ-16;CSA-16;LY-80,LY-80 SAMS
hq-17;hq-17;HQ-17;SAM;CHN;CASIC;HQ-17A,FM-2000
hq-22;hq-22;HQ-22;SAM;CHN;CASIC;FK-3,FK3;;HQ-22
hq-10;hq-10;HQ-10;SAM;CHN;;HHQ-10,FL-3000N;;HHQ-10
ks-1;ks-1;KS-1;SAM;CHN;;KS-1A,HQ-12,KS-1C;;KS-1A
fn-6;fn-6;FN-6;SAM;CHN;;HY-6,FN-6 MANPADS;;FN-6
fn-16;fn-16;FN-16;SAM;CHN;;FN-16 MANPADS
qw-1;qw-1;QW-1 Vanguard;SAM;CHN;;QW-1,Anza Mk II;;QW-1 Vanguard
qw-2;qw-2;QW-2;SAM;CHN;;QW-2 Vanguard 2,Anza Mk III;;QW-2
qw-18;qw-18;QW-18;SAM;CHN;;QW-18 MANPADS
sky-dragon-50;sky-dragon-50;Sky Dragon 50;SAM;CHN;Norinco;Sky Dragon-50,GAINST;;Sky Dragon-50
fk-2000;fk-2000;FK-2000;SAM;CHN;;FK-2000 system
# ---- Air defence: Korea, Japan, Taiwan, India, Turkey, Iran ----
cheongung;cheongung;KM-SAM Cheongung;SAM;KOR;LIG Nex1;Cheongung,KM-SAM,M-SAM,Cheongung II,KM-SAM Block II,Chunkung,Cheolmae-2
l-sam;l-sam;L-SAM;SAM;KOR;LIG Nex1;Long-range Surface-to-Air Missile
chiron;chiron;Chiron MANPADS;SAM;KOR;LIG Nex1;Shingung,KP-SAM;;Chiron
k30-biho;k30;K30 Biho;ART;KOR;Hanwha;Biho,K30 Biho,Hybrid Biho
type-03;type-03;Type 03 Chu-SAM;SAM;JPN;Mitsubishi;Chu-SAM,Type 03 SAM
tien-kung;tien-kung;Tien Kung;SAM;TWN;NCSIST;Sky Bow,TK-3,Tien Kung III,Tien-Kung,Sky Bow III
akash;akash;Akash surface-to-air missile;SAM;IND;Bharat Dynamics;Akash-NG,Akash Prime,Akash missile
qrsam;qrsam;QRSAM;SAM;IND;DRDO;Quick Reaction Surface to Air Missile
hisar;hisar;Hisar air defence system;SAM;TUR;Roketsan/Aselsan;Hisar-A,Hisar-O,Hisar-A+,Hisar-O+
siper;siper;Siper;SAM;TUR;Roketsan/Aselsan;Siper Block 1
korkut;korkut;Korkut air defence gun;ART;TUR;Aselsan;Korkut SPAAG
bavar-373;bavar-373;Bavar-373;SAM;IRN;;Bavar 373,Bavar
3rd-khordad;3rd-khordad;3rd Khordad;SAM;IRN;;Khordad-3,Khordad 3,Third Khordad,Sevom Khordad
15th-khordad;15th-khordad;15th Khordad;SAM;IRN;;Khordad-15,Khordad 15
raad-sam;raad-sam;Raad air defence system;SAM;IRN;;Ra'ad SAM
sayyad-2;sayyad-2;Sayyad-2;SAM;IRN;;Sayyad 2,Sayyad-2 missile
sayyad-4;sayyad-4;Sayyad-4;SAM;IRN;;Sayyad 4
mersad;mersad;Mersad air defence system;SAM;IRN;;Mersad system
misagh-2;misagh-2;Misagh-2;SAM;IRN;;Misagh 2;;Misagh-2
saqr;saqr;Saqr-358;SAM;IRN;;358 missile,Saqr missile;;Saqr
# ---- Combat aircraft: US ----
f-4;f-4;F-4 Phantom II;FTR;USA;McDonnell Douglas;Phantom II,F-4 Phantom,F-4E Phantom
f-5;f-5;F-5 Freedom Fighter/Tiger II;FTR;USA;Northrop;F-5 Tiger,F-5E,F-5F,Freedom Fighter,Tiger II;;F-5A Freedom Fighter,F-5E Tiger-2
f-14;f-14;F-14 Tomcat;FTR;USA;Grumman;Tomcat,F-14A;;F-14A Tomcat
f-15;f-15;F-15 Eagle;FTR;USA;Boeing;F15,F-15 fighter,F-15C,F-15D;;F-15C Eagle
f-15e;f-15;F-15E Strike Eagle;FTR;USA;Boeing;Strike Eagle,F-15E;;F-15E Strike Eagle
f-15ex;f-15;F-15EX Eagle II;FTR;USA;Boeing;F-15EX,Eagle II,F-15IA,F-15 Advanced Eagle,Advanced Eagle;;F-15 Advanced Eagle
f-15sa;f-15;F-15SA;FTR;USA;Boeing;F-15SA,F-15S
f-15qa;f-15;F-15QA Ababil;FTR;USA;Boeing;F-15QA
f-15k;f-15;F-15K Slam Eagle;FTR;USA;Boeing;F-15K,Slam Eagle
f-15j;f-15;F-15J;FTR;USA;Mitsubishi/Boeing;F-15J,F-15DJ,F-15JSI
f-15sg;f-15;F-15SG;FTR;USA;Boeing;F-15SG
f-16;f-16;F-16 Fighting Falcon;FTR;USA;Lockheed Martin;Fighting Falcon,Viper,F16,F-16 fighter jets,F-16s
f-16a;f-16;F-16A/B;FTR;USA;General Dynamics;F-16A,F-16B,F-16AM,F-16BM,F-16 MLU;;F-16A
f-16c;f-16;F-16C/D;FTR;USA;Lockheed Martin;F-16C,F-16D,F-16C/D;;F-16C
f-16-block-52;f-16;F-16C/D Block 52;FTR;USA;Lockheed Martin;F-16 Block 52,F-16 Block 50,F-16C/D Block 52,F-16 Block 52+;;F-16C Block-50/52
f-16-block-70;f-16;F-16 Block 70/72;FTR;USA;Lockheed Martin;F-16 Block 70,F-16 Block 72,F-16V Block 70,F-16 Block 70/72
f-16v;f-16;F-16V Viper;FTR;USA;Lockheed Martin;F-16V,F-16 Viper;;F-16V Viper
f-16e;f-16;F-16E/F Desert Falcon;FTR;USA;Lockheed Martin;F-16E,F-16F,Desert Falcon,F-16 Block 60;;F-16E
f-16i;f-16;F-16I Sufa;FTR;USA;Lockheed Martin;F-16I,Sufa;;F-16I
f-16-adf;f-16;F-16 ADF;FTR;USA;Lockheed Martin;F-16A ADF;;F-16(ADF)
f-18;f-18;F/A-18 Hornet;FTR;USA;Boeing;F/A-18,F-18,F18,FA-18,Hornet,CF-18,F/A-18C/D,F/A-18A/B;;F/A-18A Hornet,F/A-18C Hornet
f-18ef;f-18;F/A-18E/F Super Hornet;FTR;USA;Boeing;Super Hornet,F/A-18E/F,F/A-18E,F/A-18F,F-18E/F,Block III Super Hornet;;F/A-18E Super Hornet
ea-18g;ea-18;EA-18G Growler;FTR;USA;Boeing;EA-18G,EA-18G electronic attack aircraft;;EA-18G Growler
f-22;f-22;F-22 Raptor;FTR;USA;Lockheed Martin;F22,F-22A,F-22 Raptor fighter
f-35;f-35;F-35 Lightning II;FTR;USA;Lockheed Martin;F35,Lightning II,Joint Strike Fighter,JSF,F-35 stealth fighter
f-35a;f-35;F-35A Lightning II;FTR;USA;Lockheed Martin;F-35A,F35A;;F-35A Lightning-2
f-35b;f-35;F-35B Lightning II;FTR;USA;Lockheed Martin;F-35B,F35B;;F-35B Lightning-2
f-35c;f-35;F-35C Lightning II;FTR;USA;Lockheed Martin;F-35C,F35C
f-35i;f-35;F-35I Adir;FTR;USA;Lockheed Martin;F-35I,Adir
f-104;f-104;F-104 Starfighter;FTR;USA;Lockheed;Starfighter,F-104G,F-104S
f-86;f-86;F-86 Sabre;FTR;USA;North American;F-86 Sabre jet,Sabre jet;;F-86 Sabre
a-10;a-10;A-10 Thunderbolt II;ATK;USA;Fairchild Republic;Warthog,A-10C,Thunderbolt II,A-10 Warthog
a-4;a-4;A-4 Skyhawk;FTR;USA;McDonnell Douglas;Skyhawk,A-4 Skyhawk II
a-7;a-7;A-7 Corsair II;FTR;USA;LTV;Corsair II,A-7E Corsair
av-8b;av-8;AV-8B Harrier II;FTR;USA;McDonnell Douglas/BAe;AV-8B,Harrier II,AV-8B Plus;;AV-8B Harrier-2
av-8b-plus;av-8;AV-8B Harrier II Plus;FTR;USA;Boeing;Harrier II Plus;;AV-8B Harrier-2 Plus
ov-10;ov-10;OV-10 Bronco;ATK;USA;North American Rockwell;Bronco,OV-10A;;OV-10 Bronco
at-6;at-6;AT-6 Wolverine;ATK;USA;Textron Aviation;AT-6E,AT-6 Wolverine,AT-6C
at-802;at-802;AT-802U Sky Warden;ATK;USA;Air Tractor;AT-802U,Sky Warden,OA-1K;;AT-802U
b-52;b-52;B-52 Stratofortress;BMB;USA;Boeing;Stratofortress,B-52H,BUFF
b-1;b-1;B-1B Lancer;BMB;USA;Rockwell;B-1B,Lancer
b-2;b-2;B-2 Spirit;BMB;USA;Northrop Grumman;B-2A,Spirit bomber
b-21;b-21;B-21 Raider;BMB;USA;Northrop Grumman;B-21,Raider bomber
# ---- Combat aircraft: Russia / Soviet ----
mig-15;mig-15;MiG-15;FTR;RUS;Mikoyan;MiG15
mig-17;mig-17;MiG-17;FTR;RUS;Mikoyan;MiG17;Fresco
mig-19;mig-19;MiG-19;FTR;RUS;Mikoyan;MiG19;Farmer
mig-21;mig-21;MiG-21;FTR;RUS;Mikoyan;MiG21,MiG-21 Bison;Fishbed
mig-23;mig-23;MiG-23;FTR;RUS;Mikoyan;MiG23;Flogger
mig-25;mig-25;MiG-25;FTR;RUS;Mikoyan;MiG25;Foxbat
mig-27;mig-27;MiG-27;FTR;RUS;Mikoyan;MiG27;Flogger-D
mig-29;mig-29;MiG-29;FTR;RUS;Mikoyan;MiG29,MiG-29 fighter;Fulcrum;MiG-29
mig-29a;mig-29;MiG-29A;FTR;RUS;Mikoyan;MiG-29A,MiG-29B,MiG-29 9.12;Fulcrum-A
mig-29s;mig-29;MiG-29S;FTR;RUS;Mikoyan;MiG-29S,MiG-29 9.13;Fulcrum-C;MiG-29S
mig-29smt;mig-29;MiG-29SMT;FTR;RUS;Mikoyan;MiG-29SMT,MiG-29 SMT;;MiG-29SMT
mig-29upg;mig-29;MiG-29UPG;FTR;RUS;Mikoyan;MiG-29UPG
mig-29m;mig-29;MiG-29M/M2;FTR;RUS;Mikoyan;MiG-29M,MiG-29M2,MiG-29ME;;MiG-29M
mig-29k;mig-29;MiG-29K;FTR;RUS;Mikoyan;MiG-29K,MiG-29KUB,MiG-29KR;Fulcrum-D
mig-31;mig-31;MiG-31;FTR;RUS;Mikoyan;MiG31,MiG-31BM,MiG-31K,MiG-31E;Foxhound
mig-35;mig-35;MiG-35;FTR;RUS;Mikoyan;MiG35,MiG-35D;Fulcrum-F
su-7;su-7;Su-7;FTR;RUS;Sukhoi;Su7,Su-7B,Su-7BMK;Fitter-A
su-17;su-17;Su-17;FTR;RUS;Sukhoi;Su17,Su-17M;Fitter
su-20;su-20;Su-20;FTR;RUS;Sukhoi;Su20;Fitter-C
su-22;su-22;Su-22;FTR;RUS;Sukhoi;Su22,Su-22M4,Su-22M3;Fitter-K
su-24;su-24;Su-24;BMB;RUS;Sukhoi;Su24,Su-24M,Su-24MK,Su-24MR;Fencer
su-25;su-25;Su-25;ATK;RUS;Sukhoi;Su25,Su-25SM,Su-25SM3,Su-25K,Su-25T,Grach;Frogfoot
su-27;su-27;Su-27;FTR;RUS;Sukhoi;Su27,Su-27SK,Su-27SM,Su-27UB,Flanker;Flanker
su-30;su-30;Su-30;FTR;RUS;Sukhoi;Su30,Su-30 fighter;Flanker-C
su-30mki;su-30;Su-30MKI;FTR;RUS;Sukhoi/HAL;Su-30MKI,Su30MKI,Super Sukhoi;Flanker-H
su-30mkk;su-30;Su-30MKK;FTR;RUS;Sukhoi;Su-30MKK,Su-30MK2;Flanker-G
su-30sm;su-30;Su-30SM;FTR;RUS;Irkut;Su-30SM,Su-30SME,Su-30SM2,Su30SM
su-30mka;su-30;Su-30MKA;FTR;RUS;Irkut;Su-30MKA
su-30mkm;su-30;Su-30MKM;FTR;RUS;Irkut;Su-30MKM
su-30mk2;su-30;Su-30MK2;FTR;RUS;KnAAPO;Su-30MK2V
su-30k;su-30;Su-30K;FTR;RUS;Sukhoi;Su-30K;;Su-30K
su-30mk;su-30;Su-30MK;FTR;RUS;Sukhoi;Su-30MK;;Su-30MK
su-33;su-33;Su-33;FTR;RUS;Sukhoi;Su33;Flanker-D
su-34;su-34;Su-34;BMB;RUS;Sukhoi;Su34,Su-34M,Su-32;Fullback
su-35;su-35;Su-35;FTR;RUS;Sukhoi;Su35,Su-35S,Su-35SK,Su-35 fighter jets;Flanker-E;Su-35S
su-57;su-57;Su-57 Felon;FTR;RUS;Sukhoi;Su57,Su-57E,PAK FA,T-50 PAK FA;Felon
su-75;su-75;Su-75 Checkmate;FTR;RUS;Sukhoi;Su75
yak-38;yak-38;Yak-38;FTR;RUS;Yakovlev;Yak38;Forger
tu-16;tu-16;Tu-16;BMB;RUS;Tupolev;Tu16;Badger
tu-22;tu-22;Tu-22;BMB;RUS;Tupolev;Tu22;Blinder
tu-22m;tu-22m;Tu-22M;BMB;RUS;Tupolev;Tu-22M3,Tu22M3,Tu-22M3M;Backfire
tu-95;tu-95;Tu-95;BMB;RUS;Tupolev;Tu95,Tu-95MS,Tu-95MSM;Bear
tu-160;tu-160;Tu-160;BMB;RUS;Tupolev;Tu160,Tu-160M,White Swan;Blackjack
il-28;il-28;Il-28;BMB;RUS;Ilyushin;Il28;Beagle
# ---- Combat aircraft: China, Pakistan ----
j-6;j-6;J-6;FTR;CHN;Shenyang;F-6,J6;;F-6
j-7;j-7;J-7;FTR;CHN;Chengdu;F-7,J7,F-7PG,F-7BGI,F-7NI,Airguard;;J-7,F-7 Skybolt,F-7M Airguard,F-7MG
j-8;j-8;J-8;FTR;CHN;Shenyang;J8,J-8II;Finback
j-10;j-10;J-10;FTR;CHN;Chengdu;J10,J-10A,J-10B,Vigorous Dragon
j-10c;j-10;J-10C;FTR;CHN;Chengdu;J-10C,J-10CE,J10C;;J-10C
j-11;j-11;J-11;FTR;CHN;Shenyang;J11,J-11B,J-11BH
j-15;j-15;J-15;FTR;CHN;Shenyang;J15,Flying Shark
j-16;j-16;J-16;FTR;CHN;Shenyang;J16
j-20;j-20;J-20;FTR;CHN;Chengdu;J20,Mighty Dragon,J-20A
j-35;j-35;J-35;FTR;CHN;Shenyang;J-35A,J35
fc-31;fc-31;FC-31 Gyrfalcon;FTR;CHN;Shenyang;FC-31,J-31,Gyrfalcon
jf-17;jf-17;JF-17 Thunder;FTR;CHN;PAC/CAC;JF-17,JF17,FC-1,FC-1 Xiaolong,Xiaolong,JF-17 Block III,JF-17C;;JF-17 Thunder,JF-17 Thunder Block-3
jh-7;jh-7;JH-7 Flying Leopard;FTR;CHN;Xian;JH-7A,Flying Leopard,FBC-1
q-5;q-5;Q-5 Fantan;ATK;CHN;Nanchang;Q-5,A-5,A-5C;Fantan;A-5/Q-5,A-5C/Fantan
h-6;h-6;H-6;BMB;CHN;Xian;H-6K,H-6N,H6;;H-6
# ---- Combat aircraft: Europe and others ----
rafale;rafale;Dassault Rafale;FTR;FRA;Dassault Aviation;Rafale,Rafale F3R,Rafale F4,Rafale M,Rafale C,Rafale B,Rafale jets;;Rafale
mirage-2000;mirage-2000;Mirage 2000;FTR;FRA;Dassault Aviation;Mirage-2000,Mirage 2000-5,Mirage 2000-9,Mirage 2000D,Mirage 2000H,Mirage 2000C;;Mirage-2000,Mirage-2000-5,Mirage-2000-5 Mk-2
mirage-f1;mirage-f1;Mirage F1;FTR;FRA;Dassault Aviation;Mirage F-1,Mirage F1C,Mirage F1E,Mirage F1CR;;Mirage F-1A,Mirage F-1C,Mirage F-1E,Mirage F-1M
mirage-3;mirage-3;Mirage III;FTR;FRA;Dassault Aviation;Mirage 3,Mirage IIIE,Mirage IIIC;;Mirage-3C,Mirage-3E
mirage-5;mirage-5;Mirage 5;FTR;FRA;Dassault Aviation;Mirage-5,Mirage V;;Mirage-5
mirage-50;mirage-50;Mirage 50;FTR;FRA;Dassault Aviation;Mirage-50;;Mirage-50
super-etendard;super-etendard;Super Etendard;FTR;FRA;Dassault Aviation;Super Étendard,Super Etendard Modernisé;;Super Etendard
typhoon;typhoon;Eurofighter Typhoon;FTR;GBR;Eurofighter GmbH;Typhoon,Eurofighter,EF-2000,EF2000,Typhoon fighter jets,Eurofighter Typhoon Tranche 3;;Typhoon Block-20,Typhoon Block-5,Typhoon Block-8
gripen;gripen;JAS 39 Gripen;FTR;SWE;Saab;Gripen,JAS-39,JAS 39,Gripen C/D,Gripen C,Gripen D;;JAS-39C Gripen
gripen-e;gripen;JAS 39E/F Gripen E;FTR;SWE;Saab;Gripen E,Gripen E/F,Gripen NG,Gripen F,JAS 39E;;Gripen-E
tornado;tornado;Panavia Tornado;FTR;GBR;Panavia;Tornado IDS,Tornado ECR,Tornado ADV,Tornado GR4,Panavia Tornado IDS;;Tornado IDS,Tornado ADV
jaguar;jaguar;SEPECAT Jaguar;FTR;GBR;SEPECAT;Jaguar strike aircraft,Jaguar-S,Shamsher,Jaguar GR1,Jaguar International;;Jaguar-S
harrier;harrier;Hawker Siddeley Harrier;FTR;GBR;Hawker Siddeley;Harrier GR1,Harrier GR3,AV-8A,AV-8S Matador;;Harrier GR-1
sea-harrier;sea-harrier;BAe Sea Harrier;FTR;GBR;British Aerospace;Sea Harrier,Sea Harrier FRS1,Sea Harrier FA2;;Sea Harrier FRS-1
alpha-jet;alpha-jet;Alpha Jet;TRA;FRA;Dassault/Dornier;Dassault/Dornier Alpha Jet,Alphajet;;Alpha Jet
kfir;kfir;IAI Kfir;FTR;ISR;Israel Aerospace Industries;Kfir,Kfir C2,Kfir C7,Kfir C10,Kfir Block 60;;Kfir C-1,Kfir C-2,Kfir C-7
tejas;tejas;HAL Tejas;FTR;IND;Hindustan Aeronautics;Tejas,LCA Tejas,Light Combat Aircraft,Tejas Mk1A,Tejas Mk 1A,Tejas Mk2
kaan;kaan;TAI Kaan;FTR;TUR;Turkish Aerospace;Kaan,TF-X,MMU,National Combat Aircraft
kf-21;kf-21;KF-21 Boramae;FTR;KOR;Korea Aerospace Industries;KF-21,KF21,Boramae,KF-X,IF-X
fa-50;fa-50;FA-50 Fighting Eagle;FTR;KOR;Korea Aerospace Industries;FA-50,FA-50PL,FA-50 Block 20,Fighting Eagle;;FA-50
t-50;t-50;T-50 Golden Eagle;TRA;KOR;Korea Aerospace Industries;T-50,T-50TH,T-50I,TA-50,Golden Eagle;;T-50 Golden Eagle
f-2;f-2;Mitsubishi F-2;FTR;JPN;Mitsubishi;F-2A,Mitsubishi F-2
f-ck-1;indigenous-defense-fighter;F-CK-1 Ching-kuo Indigenous Defense Fighter;FTR;TWN;AIDC;Ching-kuo,F-CK-1,Indigenous Defense Fighter,F-CK-1A/B
saab-35;saab-35;Saab 35 Draken;FTR;SWE;Saab;Draken,J 35 Draken,Saab-35;;J-35 Draken,Saab-35XD Draken
saab-37;saab-37;Saab 37 Viggen;FTR;SWE;Saab;Viggen,AJ 37 Viggen
cheetah;cheetah;Atlas Cheetah;FTR;ZAF;Atlas Aircraft;Cheetah C,Cheetah D;;Cheetah-C
ia-58;ia-58;FMA IA 58 Pucará;ATK;ARG;FMA;Pucara,Pucará,IA-58;;IA-58A Pucara
# ---- Transport, tanker ----
c-130;c-130;C-130 Hercules;TRN;USA;Lockheed Martin;Hercules,C-130H,C130,C-130 transport aircraft,L-100;;C-130H Hercules,C-130B Hercules,C-130E Hercules
c-130j;c-130;C-130J Super Hercules;TRN;USA;Lockheed Martin;C-130J,Super Hercules,C-130J-30,C130J;;C-130J Hercules
kc-130;kc-130;KC-130 Hercules;TKR;USA;Lockheed Martin;KC-130H,KC-130J,KC-130T;;KC-130H Hercules,KC-130J Hercules
c-17;c-17;C-17 Globemaster III;TRN;USA;Boeing;Globemaster III,C-17A,C17,Globemaster;;C-17A Globemaster-3
c-5;c-5;C-5 Galaxy;TRN;USA;Lockheed;C-5M Super Galaxy,C-5 Galaxy transport
c-27j;c-27;C-27J Spartan;TRN;ITA;Leonardo;C-27J,Spartan,C-27J Spartan NG;;C-27J Spartan
g-222;c-27;Aeritalia G.222;TRN;ITA;Aeritalia;G.222,C-27A;;G-222
c-295;c-295;Airbus C295;TRN;ESP;Airbus;C295,C-295W,CASA C-295,C-295M;;C-295
c-295mpa;c-295;C295 MPA;MPA;ESP;Airbus;C295 MPA,C295 Persuader,C-295 MPA,C295 MSA;;C-295MPA
cn-235;cn-235;CN-235;TRN;ESP;Airbus/IPTN;CN235,CASA CN-235,CN-235-220;;CN-235
cn-235mp;cn-235;CN-235 MPA;MPA;ESP;Airbus/IPTN;CN-235MPA,CN-235 MP,HC-144;;CN-235MP
c-212;c-212;C-212 Aviocar;TRN;ESP;CASA;C212,CASA C-212,Aviocar;;C-212
a400m;a400m;Airbus A400M Atlas;TRN;FRA;Airbus;A400M,A-400M,Atlas transport aircraft;;A400M Atlas
a330-mrtt;a330;A330 MRTT;TKR;FRA;Airbus;A330 MRTT,A330 Multi Role Tanker Transport,Voyager,KC-30A,Phénix,A-330 MRTT;;A-330 MRTT
kc-46;kc-46;KC-46 Pegasus;TKR;USA;Boeing;KC-46A,KC-46 tanker,Pegasus tanker;;KC-46A Pegasus
kc-135;kc-135;KC-135 Stratotanker;TKR;USA;Boeing;Stratotanker,KC-135R;;KC-135 Stratotanker
kc-10;kc-10;KC-10 Extender;TKR;USA;McDonnell Douglas;KC-10A,Extender;;KC-10A Extender
kc-767;kc-767;Boeing KC-767;TKR;USA;Boeing;KC-767J,KC-767A;;KC-767 GTTA
c-390;c-390;Embraer C-390 Millennium;TRN;BRA;Embraer;C-390,KC-390,C-390 Millennium,KC-390 Millennium,Millennium;;C-390 Millennium
c-160;c-160;Transall C-160;TRN;FRA;Transall;Transall,C-160;;C-160 Transall
il-76;il-76;Il-76;TRN;RUS;Ilyushin;Il76,Il-76MD,Il-76TD,Il-76MD-90A,Il-76MF;Candid;Il-76M,Il-76MF
il-78;il-78;Il-78;TKR;RUS;Ilyushin;Il-78M,Il78,Il-78MK;Midas;Il-78M
il-38;il-38;Il-38;MPA;RUS;Ilyushin;Il-38N,Il-38SD,Il38;May;Il-38
il-18;il-18;Il-18;TRN;RUS;Ilyushin;Il18;Coot;Il-18
il-14;il-14;Il-14;TRN;RUS;Ilyushin;Il14;Crate;Il-14
an-2;an-2;An-2;TRN;RUS;Antonov;An2,Kukuruznik;Colt;An-2
an-12;an-12;An-12;TRN;RUS;Antonov;An12;Cub;An-12
an-24;an-24;An-24;TRN;RUS;Antonov;An24;Coke;An-24
an-26;an-26;An-26;TRN;RUS;Antonov;An26;Curl;An-26
an-28;an-28;An-28;TRN;RUS;Antonov/PZL Mielec;An28;Cash
an-30;an-30;An-30;RCN;RUS;Antonov;An30;Clank;An-30
an-32;an-32;An-32;TRN;RUS;Antonov;An32,An-32RE;Cline;An-32
an-72;an-72;An-72;TRN;RUS;Antonov;An72;Coaler;An-72A
an-74;an-74;An-74;TRN;RUS;Antonov;An74;;An-74
an-124;an-124;An-124 Ruslan;TRN;RUS;Antonov;An124,Ruslan;Condor;An-124
an-140;an-140;An-140;TRN;UKR;Antonov;An140;;An-140
an-148;an-148;An-148;TRN;UKR;Antonov;An148;;An-148
an-178;an-178;An-178;TRN;UKR;Antonov;An178
y-8;y-8;Y-8;TRN;CHN;Shaanxi;Y8,Shaanxi Y-8;;Y-8
y-9;y-9;Y-9;TRN;CHN;Shaanxi;Y9,Shaanxi Y-9
y-12;y-12;Y-12;TRN;CHN;Harbin;Y12,Harbin Y-12;;Y-12
y-20;y-20;Y-20 Kunpeng;TRN;CHN;Xian;Y-20,Kunpeng,Y-20U,Chubby Girl
ma60;ma60;Xian MA60;TRN;CHN;Xian;MA60,MA-60;;MA60
c-2-kawasaki;kawasaki-c-2;Kawasaki C-2;TRN;JPN;Kawasaki;Kawasaki C-2
# ---- Maritime patrol, AEW, ISR ----
p-8;p-8;P-8 Poseidon;MPA;USA;Boeing;P-8A Poseidon,P-8I,P-8I Neptune,P-8A,P8;;P-8A Poseidon
p-3;p-3;P-3 Orion;MPA;USA;Lockheed;P-3C,P-3C Orion,P-3 Orion,P-3AM,P-3K2,CP-140 Aurora;;P-3A Orion,P-3B Orion,P-3C Orion Update-2,P-3C Orion Update-2.5,P-3C Orion Update-3,P-3CUP Orion,P-3F Orion,P-3C Aurora
p-1;p-1;Kawasaki P-1;MPA;JPN;Kawasaki;Kawasaki P-1,P-1 patrol aircraft
atlantic;atlantic;Breguet Atlantic;MPA;FRA;Breguet/Dassault;Atlantique 2,ATL2,Atlantique,Atlantic 2;;Atlantic
tu-142;tu-142;Tu-142;MPA;RUS;Tupolev;Tu142,Tu-142MK,Tu-142ME;Bear-F;Tu-142M/Bear-F
be-12;be-12;Be-12 Chayka;MPA;RUS;Beriev;Be12,Chayka;Mail;Be-12
e-2;e-2;E-2 Hawkeye;AEW;USA;Northrop Grumman;Hawkeye,E-2C,E-2C Hawkeye 2000,Hawkeye 2000;;E-2C Hawkeye,E-2C Hawkeye-2000
e-2d;e-2;E-2D Advanced Hawkeye;AEW;USA;Northrop Grumman;E-2D,Advanced Hawkeye;;E-2D Hawkeye
e-3;e-3;E-3 Sentry;AEW;USA;Boeing;E-3 AWACS,E-3A,E-3 Sentry AWACS,Sentry AWACS;;E-3A Sentry
e-7;e-7;E-7 Wedgetail;AEW;USA;Boeing;Wedgetail,E-7A,Boeing 737 AEW&C,Peace Eagle;;Boeing-737 AEW&C
e-767;e-767;Boeing E-767;AEW;USA;Boeing;E-767 AWACS;;E-767
globaleye;globaleye;Saab GlobalEye;AEW;SWE;Saab;GlobalEye
saab-340-aew;saab-340;Saab 340 AEW&C;AEW;SWE;Saab;Saab 340 Erieye,S 100B Argus,Saab 340 AEW;;Saab-340AEW
saab-2000-aew;saab-2000;Saab 2000 AEW&C;AEW;SWE;Saab;Saab 2000 Erieye;;Saab-2000 AEW
a-50;a-50;Beriev A-50;AEW;RUS;Beriev;A-50,A-50U,A-50EI,A-50EhI;Mainstay;A-50EhI
kj-500;kj-500;KJ-500;AEW;CHN;Shaanxi;KJ500
kj-2000;kj-2000;KJ-2000;AEW;CHN;Xian;KJ2000
zdk-03;zdk-03;ZDK-03 Karakoram Eagle;AEW;CHN;Shaanxi;ZDK-03,Karakoram Eagle;;ZDK-03
netra;emb-145;EMB-145 Netra AEW&C;AEW;BRA;Embraer/DRDO;Netra,Netra AEW&C,EMB-145I;;EMB-145AEW&C
rc-135;rc-135;RC-135 Rivet Joint;RCN;USA;Boeing;Rivet Joint,RC-135V/W;;RC-135 Rivet Joint
u-2;u-2;U-2 Dragon Lady;RCN;USA;Lockheed;Dragon Lady,U-2S;;U-2
e-8;e-8;E-8 JSTARS;RCN;USA;Northrop Grumman;JSTARS,E-8C
king-air;king-air;Beechcraft King Air;TRN;USA;Textron Aviation;King Air 90,King Air 200,B200,C-12 Huron;;King Air
king-air-350;king-air-350;Beechcraft King Air 350;TRN;USA;Textron Aviation;King Air 350,King Air 360,B350,King Air 350ER
king-air-isr;king-air-350;King Air 350 ISR;RCN;USA;Textron Aviation/Sierra Nevada;King Air 350ER ISR,MC-12W,MC-12W Liberty;;King Air-350 ISR,King Air HISAR
# ---- Trainers ----
t-6;t-6;T-6 Texan II;TRA;USA;Textron Aviation;Texan II,T-6A,T-6C,T-6 Texan II trainer,Beechcraft T-6
t-6-texan;t-6-texan;North American T-6 Texan;TRA;USA;North American;AT-6 Texan,Harvard;;T-6 Texan
t-7;t-7;T-7 Red Hawk;TRA;USA;Boeing/Saab;T-7A,Red Hawk,Boeing T-X
t-38;t-38;T-38 Talon;TRA;USA;Northrop;T-38A;;T-38A Talon
pc-21;pc-21;Pilatus PC-21;TRA;CHE;Pilatus;PC-21 trainer;;PC-21
pc-9;pc-9;Pilatus PC-9;TRA;CHE;Pilatus;PC-9M;;PC-9
pc-7;pc-7;Pilatus PC-7;TRA;CHE;Pilatus;PC-7 Turbo Trainer,PC-7 Mk II;;PC-7 Turbo Trainer
m-346;m-346;Leonardo M-346 Master;TRA;ITA;Leonardo;M-346,M-346 Master,Master trainer,M-346FA,Bielik;;M-346 Master,M-346FA
mb-339;mb-339;Aermacchi MB-339;TRA;ITA;Aermacchi;MB-339;;MB-339A,MB-339C
bae-hawk;bae-hawk;BAE Systems Hawk;TRA;GBR;BAE Systems;BAE Hawk,Hawk trainer,Hawk Mk 132,Hawk 100,Hawk 200,Hawk Advanced Jet Trainer,Hawk T2;;Hawk-100,Hawk-200,Hawk-50,Hawk-60
k-8;k-8;Hongdu K-8 Karakorum;TRA;CHN;Hongdu;K-8,K-8W,K-8E,Karakorum,JL-8;;K-8
l-15;l-15;Hongdu L-15;TRA;CHN;Hongdu;L-15,JL-10,L-15 Falcon;;L-15
l-39;l-39;Aero L-39 Albatros;TRA;CZE;Aero Vodochody;L-39,L-39 Albatros,L-39ZA,L-39NG,L-39 Skyfox;;L-39C Albatros,L-39Z Albatros
l-159;l-159;Aero L-159 ALCA;TRA;CZE;Aero Vodochody;L-159,ALCA;;L-159A ALCA,L-159B
yak-130;yak-130;Yak-130;TRA;RUS;Yakovlev;Yak130;Mitten;Yak-130
kt-1;kt-1;KAI KT-1 Woongbi;TRA;KOR;Korea Aerospace Industries;KT-1,Woongbi;;KT-1 Woongbi
emb-314;emb-314;EMB 314 Super Tucano;TRA;BRA;Embraer;Super Tucano,A-29,A-29 Super Tucano,EMB-314;;EMB-314 Super Tucano
emb-312;emb-312;EMB 312 Tucano;TRA;BRA;Embraer;Tucano,EMB-312,Short Tucano;;EMB-312 Tucano
hurjet;hurjet;TAI Hürjet;TRA;TUR;Turkish Aerospace;Hurjet,Hürjet
hurkus;hurkus;TAI Hürkuş;TRA;TUR;Turkish Aerospace;Hurkus,Hürkuş,Hurkus-C;;Hurkus-C
super-mushshak;mfi-17;PAC Super Mushshak;TRA;PAK;Pakistan Aeronautical Complex;Super Mushshak,Mushshak,MFI-17
g-120tp;g-120;Grob G 120TP;TRA;DEU;Grob Aircraft;G 120TP,Grob 120TP;;G-120TP
# ---- Helicopters: US ----
ah-64;ah-64;AH-64 Apache;HEL;USA;Boeing;Apache,AH-64 Apache helicopter,Apache attack helicopter,AH64
ah-64a;ah-64;AH-64A Apache;HEL;USA;McDonnell Douglas;AH-64A;;AH-64A Apache
ah-64d;ah-64;AH-64D Apache Longbow;HEL;USA;Boeing;AH-64D,Apache Longbow;;AH-64D Apache
ah-64e;ah-64;AH-64E Apache Guardian;HEL;USA;Boeing;AH-64E,Apache Guardian,AH-64E Apache;;AH-64E Apache
ah-1;ah-1;AH-1 Cobra;HEL;USA;Bell;HueyCobra,AH-1 Cobra attack helicopter,AH-1F,AH-1S;;AH-1F Cobra,AH-1G Cobra,AH-1S Cobra
ah-1w;ah-1;AH-1W SuperCobra;HEL;USA;Bell;AH-1W,SuperCobra,Super Cobra;;AH-1W SuperCobra
ah-1j;ah-1;AH-1J SeaCobra;HEL;USA;Bell;AH-1J,SeaCobra;;AH-1J SeaCobra
ah-1z;ah-1;AH-1Z Viper;HEL;USA;Bell;AH-1Z,Zulu Cobra;;AH-1Z Viper
uh-1;uh-1;UH-1 Iroquois;HEL;USA;Bell;Huey,UH-1H,UH-1 Huey,Bell 205,Bell 204,UH-1 Iroquois;;Bell-204B/UH-1B,Bell-205/UH-1D,Bell-205/UH-1H
uh-1h-huey-ii;uh-1;UH-1H Huey II;HEL;USA;Bell;Huey II,UH-1H Huey II,UH-1H II;;UH-1H Huey-2
uh-1n;uh-1;UH-1N Twin Huey;HEL;USA;Bell;UH-1N,Twin Huey,Bell 212;;Bell-212/UH-1N
uh-1y;uh-1;UH-1Y Venom;HEL;USA;Bell;UH-1Y,Super Huey;;UH-1Y Venom
uh-60;uh-60;UH-60 Black Hawk;HEL;USA;Sikorsky;Black Hawk,Blackhawk,UH-60,S-70,S-70i,S-70i Black Hawk,UH-60A,UH-60L;;S-70 Black Hawk
uh-60m;uh-60;UH-60M Black Hawk;HEL;USA;Sikorsky;UH-60M,HH-60M
sh-60;sh-60;SH-60 Seahawk;HEL;USA;Sikorsky;Seahawk,SH-60B,SH-60F,S-70B Seahawk,S-70B;;S-70B/SH-60B Seahawk,S-70B
mh-60r;mh-60;MH-60R Seahawk;HEL;USA;Sikorsky/Lockheed Martin;MH-60R,MH-60R Romeo,MH-60R multi-mission helicopter;;MH-60R Seahawk
mh-60s;mh-60;MH-60S Knighthawk;HEL;USA;Sikorsky;MH-60S,Knighthawk
ch-47;ch-47;CH-47 Chinook;HEL;USA;Boeing;Chinook,CH-47D,CH-47 Chinook helicopter,CH47;;CH-47A Chinook,CH-47C Chinook,CH-47D Chinook
ch-47f;ch-47;CH-47F Chinook;HEL;USA;Boeing;CH-47F,CH-47F Block II,CH-47ER;;CH-47F Chinook
mh-47;mh-47;MH-47 Chinook;HEL;USA;Boeing;MH-47G,MH-47E;;MH-47E Chinook
ch-53;ch-53;CH-53 Sea Stallion;HEL;USA;Sikorsky;Sea Stallion,CH-53G,CH-53D,S-65;;S-65A/CH-53 Stallion
ch-53e;ch-53;CH-53E Super Stallion;HEL;USA;Sikorsky;CH-53E,Super Stallion;;CH-53E Super Stallion
ch-53k;ch-53;CH-53K King Stallion;HEL;USA;Sikorsky;CH-53K,King Stallion
v-22;v-22;V-22 Osprey;TRN;USA;Bell/Boeing;MV-22,CV-22,MV-22B,CV-22B,V-22 tiltrotor;;V-22 Osprey
oh-58;oh-58;OH-58 Kiowa;HEL;USA;Bell;Kiowa Warrior,OH-58D,OH-58 Kiowa;;Bell-206/OH-58,Bell-206/OH-58D(I)
md-530;md-530;MD 530F/G;HEL;USA;MD Helicopters;MD 530F,MD 530G,MD-530F,MD 530F Cayuse Warrior;;MD-530G
ah-6;ah-6;AH-6 Little Bird;HEL;USA;Boeing;AH-6,AH-6i,MH-6,Little Bird;;AH-6S
bell-412;bell-412;Bell 412;HEL;USA;Bell;Bell-412,Bell 412EPI,Bell 412EP,AB-412,CH-146 Griffon;;Bell-412
bell-407;bell-407;Bell 407;HEL;USA;Bell;Bell-407,Bell 407GXi,ARH-70;;Bell-407
bell-429;bell-429;Bell 429 GlobalRanger;HEL;USA;Bell;Bell-429,GlobalRanger;;Bell-429 GlobalRanger
bell-505;bell-505;Bell 505 Jet Ranger X;HEL;USA;Bell;Bell-505,Jet Ranger X;;Bell-505 Jet Ranger X
s-92;s-92;Sikorsky S-92;HEL;USA;Sikorsky;S-92,CH-148 Cyclone,H-92 Superhawk,VH-92;;S-92,H-92 Superhawk
sh-2g;sh-2;SH-2G Super Seasprite;HEL;USA;Kaman;Super Seasprite,SH-2G;;SH-2G Super Seasprite
# ---- Helicopters: Europe ----
nh90;nh90;NH90;HEL;FRA;NHIndustries;NH-90,NH 90,NH90 TTH,NH90 NFH,NH90 Caiman,MRH-90 Taipan;;NH-90 TTH,NH-90 NFH,NF-90 NFH
tiger;tiger;Eurocopter Tiger;HEL;FRA;Airbus Helicopters;Tiger attack helicopter,EC665 Tiger,Tigre,Tiger HAD,Tiger ARH;;EC-665 Tiger
h225m;h225;H225M Caracal;HEL;FRA;Airbus Helicopters;H225M,EC725,EC725 Caracal,Caracal helicopter,Super Cougar,H725 Caracal,EC725 Super Cougar;;H725 Caracal,EC725 Super Cougar
h145m;h145;H145M;HEL;DEU;Airbus Helicopters;H145M,EC145,EC645,UH-72 Lakota,UH-72 Lakota;;EC145
h135;h135;Airbus H135;HEL;DEU;Airbus Helicopters;H135,EC135,EC635;;EC135
h160m;h160;H160M Guépard;HEL;FRA;Airbus Helicopters;H160M,Guepard,Guépard
h125m;as350;H125M;HEL;FRA;Airbus Helicopters;H125M,H125,AS550 Fennec,AS350 Ecureuil,Ecureuil
as532;as532;AS532 Cougar;HEL;FRA;Airbus Helicopters;AS532,Cougar helicopter,AS532 Cougar,AS332 Super Puma,Super Puma,H215M;;AS-532 Cougar,AS-532U2 Cougar
sa330;sa330;SA 330 Puma;HEL;FRA;Aérospatiale;SA330 Puma,IAR 330,Puma helicopter,SA-330;;SA-330 Puma
sa342;sa342;SA 342 Gazelle;HEL;FRA;Aérospatiale;SA342,SA341 Gazelle,Gazelle helicopter;;SA-342 Gazelle,SA-341 Gazelle
as565;as565;AS565 Panther;HEL;FRA;Airbus Helicopters;AS565,Panther helicopter,AS365 Dauphin,Dauphin,HH-65 Dolphin;;AS365/AS565 Panther,AS565M Panther,AS565S Panther,AS-565S Panther
sa316;sa316;SA 316 Alouette III;HEL;FRA;Aérospatiale;Alouette III,Alouette 3,SA316B,Chetak;;SA-316B Alouette-3
aw101;aw101;AgustaWestland AW101;HEL;ITA;Leonardo;AW101,EH101,EH-101,CH-149 Cormorant,AW101 Merlin;;AW101,AW101-111
aw139;aw139;AgustaWestland AW139;HEL;ITA;Leonardo;AW139,AW139M;;AW139
aw149;aw149;AgustaWestland AW149;HEL;ITA;Leonardo;AW149;;AW149
aw159;aw159;AW159 Wildcat;HEL;GBR;Leonardo;AW159,Lynx Wildcat,AW-159,Wildcat helicopter;;AW-159 Wildcat
aw169;aw169;AgustaWestland AW169;HEL;ITA;Leonardo;AW169,AW169M;;AW169
aw119;aw119;AgustaWestland AW119 Koala;HEL;ITA;Leonardo;AW119,TH-73;;AW119 Koala
a109;a109;Agusta A109;HEL;ITA;Leonardo;A109,AW109,A-109,A109 Power;;A-109
a129;a129;Agusta A129 Mangusta;HEL;ITA;Leonardo;A129,Mangusta
aw249;aw249;Leonardo AW249;HEL;ITA;Leonardo;AW249,Fenice
lynx;lynx;Westland Lynx;HEL;GBR;Westland;Lynx helicopter,Super Lynx,Lynx Mk 88,Sea Lynx;;Super Lynx
sea-king;sea-king;Westland Sea King;HEL;GBR;Westland;Sea King,Commando helicopter;;Sea King HAR-3,Sea King HAS-1,Sea King HAS-5,Sea King HAS-6,Sea King Mk-41,Sea King/Commando
bo-105;bo-105;MBB Bo 105;HEL;DEU;MBB;Bo-105,BO 105;;Bo-105
w-3;w-3;PZL W-3 Sokół;HEL;POL;PZL-Świdnik;W-3 Sokol,Sokol helicopter,W-3A;;W-3 Sokol
# ---- Helicopters: Russia / Soviet ----
mi-8;mi-8;Mi-8;HEL;RUS;Mil;Mi8,Mi-8MT,Mi-8T,Mi-8AMTSh,Mi-8MTV;Hip;Mi-8T
mi-17;mi-17;Mi-17;HEL;RUS;Mil;Mi17,Mi-171,Mi-172,Mi-171Sh,Mi-171E,Mi-17 helicopters;Hip-H;Mi-17
mi-17v-5;mi-17;Mi-17V-5;HEL;RUS;Kazan Helicopters;Mi-17V5,Mi-17V-5;Hip-H
mi-171sh;mi-17;Mi-171Sh;HEL;RUS;Ulan-Ude;Mi-171Sh Storm,Mi-171SH;Hip-H
mi-24;mi-24;Mi-24;HEL;RUS;Mil;Mi24,Mi-24V,Mi-24P,Mi-24 gunship,Mi-25;Hind;Mi-24A,Mi-24D/Mi-25,Mi-24P/Mi-35P,Mi-24V/Mi-35
mi-35;mi-35;Mi-35;HEL;RUS;Rostvertol;Mi35,Mi-35M,Mi-35P;Hind-E;Mi-35M
mi-26;mi-26;Mi-26;HEL;RUS;Rostvertol;Mi26,Mi-26T;Halo;Mi-26
mi-28;mi-28;Mi-28;HEL;RUS;Rostvertol;Mi28,Mi-28N,Mi-28NE,Mi-28NM,Night Hunter;Havoc;Mi-28N
mi-2;mi-2;Mi-2;HEL;RUS;PZL-Świdnik;Mi2;Hoplite;Mi-2
mi-14;mi-14;Mi-14;HEL;RUS;Mil;Mi14,Mi-14PL;Haze;Mi-14PL,Mi-14PS
mi-6;mi-6;Mi-6;HEL;RUS;Mil;Mi6;Hook;Mi-6T
mi-4;mi-4;Mi-4;HEL;RUS;Mil;Mi4;Hound;Mi-4A,Mi-4PL
ka-25;ka-25;Ka-25;HEL;RUS;Kamov;Ka25;Hormone;Ka-25BSh,Ka-25K
ka-27;ka-27;Ka-27;HEL;RUS;Kamov;Ka27,Ka-27PL,Ka-28;Helix;Ka-27PL
ka-31;ka-31;Ka-31;HEL;RUS;Kamov;Ka31;Helix-B;Ka-31
ka-32;ka-32;Ka-32;HEL;RUS;Kamov;Ka32,Ka-32A11BC;Helix-C;Ka-32
ka-50;ka-50;Ka-50;HEL;RUS;Kamov;Ka50,Black Shark helicopter;Hokum-A
ka-52;ka-52;Ka-52 Alligator;HEL;RUS;Kamov;Ka52,Ka-52M,Alligator helicopter,Ka-52K Katran;Hokum-B;Ka-52 Alligator
ka-226;ka-226;Ka-226;HEL;RUS;Kamov;Ka226,Ka-226T
ansat;ansat;Kazan Ansat;HEL;RUS;Kazan Helicopters;Ansat-U,Ansat;;ANSAT
# ---- Helicopters: China, Turkey, India, Korea ----
z-9;z-9;Harbin Z-9;HEL;CHN;Harbin;Z-9,Z-9W,Z-9EC,Z-9WZ;;Z-9WZ
z-10;z-10;CAIC Z-10;HEL;CHN;Changhe;Z-10,WZ-10,Z-10ME;;WZ-10
z-19;z-19;Harbin Z-19;HEL;CHN;Harbin;Z-19,WZ-19
z-8;z-8;Changhe Z-8;HEL;CHN;Changhe;Z-8,Z-18
z-20;z-20;Harbin Z-20;HEL;CHN;Harbin;Z-20
t129;t129;TAI T129 ATAK;HEL;TUR;Turkish Aerospace;T129,T-129,T129 ATAK,ATAK helicopter;;T-129B ATAK
t625;t625;TAI T625 Gökbey;HEL;TUR;Turkish Aerospace;T625,Gokbey,Gökbey
dhruv;dhruv;HAL Dhruv;HEL;IND;Hindustan Aeronautics;ALH Dhruv,Advanced Light Helicopter,ALH Mk III;;Dhruv
prachand;prachand;HAL Prachand;HEL;IND;Hindustan Aeronautics;Prachand,LCH,Light Combat Helicopter,LCH Prachand
rudra;dhruv;HAL Rudra;HEL;IND;Hindustan Aeronautics;ALH Mk IV
surion;surion;KAI KUH-1 Surion;HEL;KOR;Korea Aerospace Industries;Surion,KUH-1,KUH-1 Surion
# ---- Tanks ----
m1;m1;M1 Abrams;TNK;USA;General Dynamics Land Systems;Abrams,M1 Abrams tank,Abrams tanks,M1A1/A2
m1a1;m1;M1A1 Abrams;TNK;USA;General Dynamics Land Systems;M1A1,M1A1 SA,M1A1M,M1A1 FEP;;M-1A1 Abrams
m1a2;m1;M1A2 Abrams;TNK;USA;General Dynamics Land Systems;M1A2,M1A2 SEP;;M-1A2 Abrams
m1a2s;m1;M1A2S Abrams;TNK;USA;General Dynamics Land Systems;M1A2S;;M-1A2S Abrams
m1a2t;m1;M1A2T Abrams;TNK;USA;General Dynamics Land Systems;M1A2T
m1a2-sepv3;m1;M1A2 SEPv3 Abrams;TNK;USA;General Dynamics Land Systems;M1A2 SEPv3,M1A2C,M1A2 SEP v3
m60;m60;M60 Patton;TNK;USA;Chrysler;M60A3,M60A1,M60 tank,M60T Sabra;;M-60A1 Patton-2,M-60A3 Patton-2
m48;m48;M48 Patton;TNK;USA;Chrysler;M48A5,M48A3,M48 tank;;M-48 Patton,M-48A3 Patton,M-48A5 Patton
leopard-1;leopard-1;Leopard 1;TNK;DEU;Krauss-Maffei;Leopard-1,Leopard 1A5,Leopard 1A1,Leopard 1A3,Leopard 1A5BE;;Leopard-1A1,Leopard-1A3,Leopard-1A5,Leopard-1V
leopard-2;leopard-2;Leopard 2;TNK;DEU;KNDS Deutschland;Leopard-2,Leopard 2 tank,Leopard 2 tanks,Leo 2;;Leopard-2
leopard-2a4;leopard-2;Leopard 2A4;TNK;DEU;Krauss-Maffei Wegmann;Leopard-2A4,Leopard 2A4 tanks,Leopard 2PL;;Leopard-2A4
leopard-2a5;leopard-2;Leopard 2A5;TNK;DEU;Krauss-Maffei Wegmann;Leopard-2A5,Strv 122,Stridsvagn 122;;Leopard-2A5
leopard-2a6;leopard-2;Leopard 2A6;TNK;DEU;Krauss-Maffei Wegmann;Leopard-2A6,Leopard 2A6M,Leopard 2E,Leopard 2HEL;;Leopard-2A6
leopard-2a7;leopard-2;Leopard 2A7;TNK;DEU;Krauss-Maffei Wegmann;Leopard-2A7,Leopard 2A7V,Leopard 2A7+,Leopard 2A7HU;;Leopard-2A7
leopard-2a8;leopard-2;Leopard 2A8;TNK;DEU;KNDS Deutschland;Leopard-2A8
challenger-1;challenger-1;Challenger 1;TNK;GBR;Vickers Defence Systems;Challenger-1,Al Hussein tank;;Challenger
challenger-2;challenger-2;Challenger 2;TNK;GBR;BAE Systems;Challenger-2,Challenger 2 tanks;;Challenger-2
challenger-3;challenger-3;Challenger 3;TNK;GBR;Rheinmetall BAE Systems Land;Challenger-3
chieftain;chieftain;Chieftain tank;TNK;GBR;Vickers;Chieftain tank,FV4201,Chieftain Mk 5;;Chieftain Mk-3,Chieftain Mk-5,Chieftain FV-4030-1
centurion;centurion;Centurion tank;TNK;GBR;Vickers;Centurion tank,Centurion Mk 3;;Centurion-3,Centurion-9
leclerc;leclerc;Leclerc tank;TNK;FRA;KNDS France;AMX-56 Leclerc,Leclerc tank,Leclerc XLR;;Leclerc
amx-30;amx-30;AMX-30;TNK;FRA;GIAT;AMX-30B2,AMX-30 tank;;AMX-30B,AMX-30B2
merkava;merkava;Merkava;TNK;ISR;MANTAK;Merkava Mk 4,Merkava IV,Merkava Mk4,Merkava Mk 3,Barak tank
k2;k2;K2 Black Panther;TNK;KOR;Hyundai Rotem;K2,K2PL,K2 tank,K2 Black Panther tank;;K2 Black Panther
k1;k1;K1;TNK;KOR;Hyundai Rotem;K1A1,K1A2,K1 88-Tank;;K-1 ROKIT,K-1A1
altay;altay;Altay tank;TNK;TUR;BMC;Altay tank,Altay MBT
arjun;arjun;Arjun tank;TNK;IND;CVRDE;Arjun Mk 1A,Arjun Mk1A,Arjun tank
ariete;ariete;C1 Ariete;TNK;ITA;Iveco-Oto Melara;Ariete,C1 Ariete tank
t-54;t-54;T-54;TNK;RUS;;T54;;T-54
t-55;t-55;T-55;TNK;RUS;;T55,T-55AM,T-55AM2;;T-55,T-55AM-2
t-62;t-62;T-62;TNK;RUS;;T62,T-62M,T-62MV;;T-62
t-64;t-64;T-64;TNK;RUS;Malyshev;T64,T-64BV,T-64BM Bulat;;T-64A
t-72;t-72;T-72;TNK;RUS;Uralvagonzavod;T72,T-72 tanks,T-72A,T-72M,T-72M1,T-72 Ural;;T-72,T-72M1
t-72b;t-72;T-72B;TNK;RUS;Uralvagonzavod;T-72B,T-72BA;;T-72B
t-72b3;t-72;T-72B3;TNK;RUS;Uralvagonzavod;T-72B3,T-72B3M;;T-72B3
t-72s;t-72;T-72S Shilden;TNK;RUS;Uralvagonzavod;T-72S,Shilden
t-80;t-80;T-80;TNK;RUS;Omsktransmash;T80,T-80B,T-80BV,T-80BVM;;T-80
t-80u;t-80;T-80U;TNK;RUS;Omsktransmash;T-80U,T-80UK,T-80UD;;T-80U
t-84;t-84;T-84 Oplot;TNK;UKR;Malyshev;T-84,Oplot,Oplot-M,T-84 Oplot-M;;T-84 Oplot
t-90;t-90;T-90;TNK;RUS;Uralvagonzavod;T90,T-90A,T-90 tank,T-90 tanks,Vladimir tank
t-90s;t-90;T-90S;TNK;RUS;Uralvagonzavod;T-90S,T-90SA,T-90S Bhishma,Bhishma;;T-90S
t-90ms;t-90;T-90MS;TNK;RUS;Uralvagonzavod;T-90MS,T-90MSK
t-90m;t-90;T-90M Proryv;TNK;RUS;Uralvagonzavod;T-90M,Proryv,Proryv-3
t-14;t-14;T-14 Armata;TNK;RUS;Uralvagonzavod;Armata,T-14 Armata tank,T14
pt-91;pt-91;PT-91 Twardy;TNK;POL;Bumar-Łabędy;PT-91,Twardy,PT-91M Pendekar;;PT-91M
m-84;m-84;M-84;TNK;SRB;Đuro Đaković;M-84A,M-84AS,M84;;M-84
type-59;type-59;Type 59;TNK;CHN;Norinco;Type 59 tank,Al-Zarrar;;Type-59,Type-59D,Type-59G
type-69;type-69;Type 69;TNK;CHN;Norinco;Type 69 tank,Type 69-II;;Type-69,Type-69-IIG
type-85;type-85;Type 85;TNK;CHN;Norinco;Type 85 tank,Type 85-IIAP;;Type-85-IIM
type-96;type-96;Type 96;TNK;CHN;Norinco;ZTZ-96,Type 96B
type-99;type-99;Type 99;TNK;CHN;Norinco;ZTZ-99,Type 99A
vt-4;vt-4;VT-4;TNK;CHN;Norinco;VT4,MBT-3000,Haider;;VT-4
vt-1a;mbt-2000;VT-1A;TNK;CHN;Norinco;VT1A
mbt-2000;mbt-2000;MBT-2000 Al-Khalid;TNK;CHN;Norinco/Heavy Industries Taxila;Al-Khalid,Al Khalid,MBT-2000,Type 90-IIM,Al-Khalid-I;;Type-90-2M/MBT-2000
zulfiqar;zulfiqar;Zulfiqar tank;TNK;IRN;;Zulfiqar tank,Zolfaghar tank
karrar;karrar;Karrar tank;TNK;IRN;;Karrar tank
tam;tam;TAM tank;TNK;ARG;TAMSE;Tanque Argentino Mediano,TAM 2C;;TAM
# ---- Armoured vehicles: US ----
m2;m2;M2 Bradley;AFV;USA;BAE Systems;Bradley,Bradley Fighting Vehicle,M2A2,M2A3,M2A2 ODS,Bradley IFV;;M-2 Bradley,M-2A3 Bradley
m3-bradley;m2;M3 Bradley;AFV;USA;BAE Systems;M3 Bradley,M3A3 Bradley
m113;m113;M113;AFV;USA;BAE Systems;M113A1,M113A2,M113A3,M113 APC,M-113;;M-113,M-113A3
stryker;stryker;Stryker ICV;AFV;USA;General Dynamics Land Systems;M1126 Stryker,Stryker ICV,Stryker vehicles,M-SHORAD Stryker
lav-25;lav-25;LAV-25;AFV;USA;General Dynamics Land Systems;LAV 25,Light Armored Vehicle;;Piranha/LAV-25
lav-6;lav-6;LAV 6;AFV;CAN;General Dynamics Land Systems–Canada;LAV 6.0,LAV-6,LAV 6 ACSV;;Piranha LAV-6
lav-700;lav-700;LAV 700;AFV;CAN;General Dynamics Land Systems–Canada;LAV-700;;LAV-700
aav-7;aav-7;AAV-7;AFV;USA;BAE Systems;AAV7,AAV7A1,AAVP-7,Amphibious Assault Vehicle,LVTP-7;;AAV-7A1,AAV-7RAM/RS,LVTP-7
acv;acv;Amphibious Combat Vehicle;AFV;USA;BAE Systems/Iveco;ACV 1.1,ACV-30
hmmwv;hmmwv;HMMWV;AFV;USA;AM General;Humvee,Humvees,Hummer,High Mobility Multipurpose Wheeled Vehicle;;HMMWV-UA
m998;m998;M998 HMMWV;AFV;USA;AM General;M998,M998 Humvee
m1114;m1114;M1114 up-armored HMMWV;AFV;USA;AM General;M1114,M1114 Humvee
m1151;m1151;M1151 HMMWV;AFV;USA;AM General;M1151,M1151A1
m1152;m1152;M1152 HMMWV;AFV;USA;AM General;M1152,M1152A1
m1165;m1165;M1165 HMMWV;AFV;USA;AM General;M1165,M1165A1
m577;m577;M577 command post carrier;AFV;USA;FMC;M577,M577A2,M577A3
m548;m548;M548 cargo carrier;AFV;USA;FMC;M548,M548A1
m1064;m1064;M1064 mortar carrier;AFV;USA;BAE Systems;M1064,M1064A3
m1068;m1068;M1068 command vehicle;AFV;USA;BAE Systems;M1068,M1068A3
m1078;m1078;M1078 LMTV;OTH;USA;Oshkosh Defense;M1078,LMTV,Light Medium Tactical Vehicle
m1083;m1083;M1083 MTV;OTH;USA;Oshkosh Defense;M1083,FMTV,Family of Medium Tactical Vehicles
hemtt;hemtt;HEMTT;OTH;USA;Oshkosh Defense;Heavy Expanded Mobility Tactical Truck,M977,M985,M1120
m1070;m1070;M1070 HET;OTH;USA;Oshkosh Defense;M1070,Heavy Equipment Transporter
m1002;m1002;M1002 wrecker;OTH;USA;Oshkosh;M1002 LMTV wrecker,M1002 recovery truck
m1028;m1028;M1028 CUCV;OTH;USA;General Motors;M1028,Commercial Utility Cargo Vehicle
jltv;jltv;Joint Light Tactical Vehicle;AFV;USA;Oshkosh Defense;JLTV,L-ATV,Oshkosh L-ATV;;L-ATV
m-atv;m-atv;Oshkosh M-ATV;AFV;USA;Oshkosh Defense;M-ATV,MRAP All-Terrain Vehicle;;M-ATV
maxxpro;maxxpro;International MaxxPro;AFV;USA;Navistar Defense;MaxxPro,MaxxPro MRAP;;MaxxPro
cougar;cougar;Cougar MRAP;AFV;USA;Force Protection;Cougar H,Cougar HE,Cougar 6x6;;Cougar
rg-33;rg-33;RG-33;AFV;USA;BAE Systems;RG-33L;;RG-33
caiman;caiman;Caiman MRAP;AFV;USA;BAE Systems;Caiman,Caiman MTV;;Caiman
m1117;m1117;M1117 Armored Security Vehicle;AFV;USA;Textron;M1117,ASV-150,M1117 ASV,Guardian ASV;;ASV-150/M-1117
m88;m88;M88 Recovery Vehicle;AFV;USA;BAE Systems;M88A1,M88A2,M88A2 Hercules;;M-88A2 HERCULES
m901;m901;M901 ITV;AFV;USA;Emerson;M901,Improved TOW Vehicle;;M-901 ITV
v-300;v-300;Cadillac Gage V-300 Commando;AFV;USA;Cadillac Gage;V-300 Commando;;V-300
commando-v150;commando-v-150;Cadillac Gage V-150 Commando;AFV;USA;Cadillac Gage;V-150,V-150 Commando,LAV-150;;Commando V-150
# ---- Armoured vehicles: Europe ----
boxer;boxer;ARTEC Boxer;AFV;DEU;ARTEC;Boxer MRAV,Boxer CRV,Boxer RCT30,Schakal;;Boxer
puma;puma;Puma IFV;AFV;DEU;PSM;Puma infantry fighting vehicle,Schützenpanzer Puma,Puma S1
marder;marder;Marder IFV;AFV;DEU;Rheinmetall;Marder,Marder 1A3,Marder IFV,Marder 1A5,Schützenpanzer Marder;;Marder-1A3
kf41;kf41;Rheinmetall Lynx KF41;AFV;DEU;Rheinmetall;Lynx KF41,Lynx IFV,KF41,Lynx infantry fighting vehicle;;Lynx KF41
fuchs;fuchs;TPz Fuchs;AFV;DEU;Rheinmetall;Fuchs,Transportpanzer Fuchs,Fuchs 2,Fuchs Evolution;;Tpz-1 Fuchs,Fuchs-2
dingo;dingo;ATF Dingo;AFV;DEU;KNDS Deutschland;Dingo 2,Dingo MRAP;;Dingo-2
fennek;fennek;Fennek;AFV;DEU;KNDS Deutschland;Fennek reconnaissance vehicle;;Fennek
cv90;cv90;CV90;AFV;SWE;BAE Systems Hägglunds;CV9030,CV9035,CV9040,CV90 Mk IV,Combat Vehicle 90,CV-90;;CV-90,CV-9030,CV-9035
bv206;bv206;Bv 206;AFV;SWE;BAE Systems Hägglunds;Bv206,Bv 206S;;Bv-206S
bvs10;bvs10;BvS10;AFV;SWE;BAE Systems Hägglunds;BvS 10,BvS10 Beowulf;;BvS-10
ascod;ascod;ASCOD;AFV;ESP;General Dynamics European Land Systems;ASCOD 2,Pizarro,Ulan;;ASCOD,ASCOD-APC
ajax;ajax;General Dynamics Ajax;AFV;GBR;General Dynamics UK;Ajax armoured vehicle,Ajax scout vehicle
piranha-3;piranha-3;Piranha III;AFV;CHE;GDELS-Mowag;Piranha 3,Piranha IIIC,LAV III;;Piranha-3
piranha-5;piranha-5;Piranha V;AFV;CHE;GDELS-Mowag;Piranha 5;;Piranha-5
eagle;eagle;Mowag Eagle;AFV;CHE;GDELS-Mowag;Eagle IV,Eagle V,Eagle 5;;Eagle-5 6x6
amv;amv;Patria AMV;AFV;FIN;Patria;Patria AMV,AMV XP,Patria AMV XP;;AMV,AMV-IFV
rosomak;amv;KTO Rosomak;AFV;POL;Rosomak SA;Rosomak,Rosomak-L
patria-6x6;patria-6x6;Patria 6x6;AFV;FIN;Patria;Patria 6x6 CAVS,CAVS,Common Armoured Vehicle System;;Patria 6x6
xa-180;xa-180;Patria Pasi XA-180;AFV;FIN;Patria;Pasi,XA-180,XA-185;;XA-180
pandur;pandur;Pandur;AFV;AUT;GDELS-Steyr;Pandur II,Pandur EVO,Pandur 6x6;;Pandur,Pandur-2,Pandur-2 FSV
vbci;vbci;VBCI;AFV;FRA;KNDS France;Véhicule blindé de combat d'infanterie,VBCI 2
vab;vab;VAB;AFV;FRA;Renault Trucks Defense;Véhicule de l'Avant Blindé,VAB Mk III,VAB Mk3;;VAB-VTT,VAB-VCI,VAB MK-3,VAB Mk-3,VAB-VCAC
vbl;vbl;VBL;AFV;FRA;Panhard;Véhicule Blindé Léger,VBL Ultima;;VBL
griffon;griffon;VBMR Griffon;AFV;FRA;KNDS France;VBMR
serval;serval;VBMR-L Serval;AFV;FRA;KNDS France/Texelis
jaguar-ebrc;jaguar-ebrc;EBRC Jaguar;AFV;FRA;KNDS France;EBRC,Jaguar EBRC,Jaguar reconnaissance vehicle
amx-10rc;amx-10;AMX-10 RC;AFV;FRA;GIAT;AMX-10RC,AMX 10 RC;;AMX-10RC
amx-10p;amx-10;AMX-10P;AFV;FRA;GIAT;AMX 10P;;AMX-10P
titus;titus;Nexter Titus;AFV;FRA;KNDS France;Titus;;TITUS
aravis;aravis;Nexter Aravis;AFV;FRA;KNDS France;Aravis;;Aravis
sherpa;sherpa;Arquus Sherpa;AFV;FRA;Arquus;Sherpa Light,Sherpa APC;;Sherpa
acmat-bastion;acmat-bastion;ACMAT Bastion;AFV;FRA;Arquus;ACMAT Bastion APC,Bastion APC,Bastion HM
warrior;warrior;FV510 Warrior;AFV;GBR;GKN Defence;Warrior IFV,FV510,Desert Warrior;;Warrior
fv432;fv432;FV432;AFV;GBR;GKN Sankey;FV432 Bulldog,Bulldog APC;;FV-432
scimitar;scimitar;FV107 Scimitar;AFV;GBR;Alvis;CVR(T) Scimitar;;Scimitar
mastiff;mastiff;Mastiff PPV;AFV;GBR;Force Protection;Mastiff vehicle
centauro;centauro;B1 Centauro;AFV;ITA;Iveco-Oto Melara;Centauro,Centauro II,B1 Centauro II;;Centauro
freccia;freccia;VBM Freccia;AFV;ITA;Iveco-Oto Melara;Freccia,VBM Freccia IFV;;VBM Freccia
lmv;lmv;Iveco LMV;AFV;ITA;Iveco Defence Vehicles;Lince,LMV Lince,Iveco LMV Rys,Rys,LMV 2;;LMV
borsuk;borsuk;Borsuk;AFV;POL;Huta Stalowa Wola;Borsuk IFV,CBWP Borsuk
bmp-1;bmp-1;BMP-1;AFV;RUS;Kurganmashzavod;BMP1,BMP-1P,BVP-1;;BMP-1,BMP-1U
bmp-2;bmp-2;BMP-2;AFV;RUS;Kurganmashzavod;BMP2,BMP-2M,Sarath,BVP-2;;BMP-2
bmp-3;bmp-3;BMP-3;AFV;RUS;Kurganmashzavod;BMP3,BMP-3M,BMP-3F;;BMP-3
bmd-1;bmd-1;BMD-1;AFV;RUS;Volgograd Tractor Plant;BMD1;;BMD-1
bmd-4;bmd-4;BMD-4;AFV;RUS;Kurganmashzavod;BMD-4M,BMD4
btr-60;btr-60;BTR-60;AFV;RUS;Arzamas;BTR60,BTR-60PB,BTR-60P;;BTR-60P,BTR-60PB
btr-70;btr-70;BTR-70;AFV;RUS;Arzamas;BTR70;;BTR-70
btr-80;btr-80;BTR-80;AFV;RUS;Arzamas;BTR80,BTR-80A;;BTR-80,BTR-80A
btr-82;btr-82;BTR-82;AFV;RUS;Arzamas;BTR-82A,BTR82A,BTR-82AM;;BTR-82A
btr-4;btr-4;BTR-4 Bucephalus;AFV;UKR;Morozov;BTR-4E,Bucephalus,BTR-4M;;BTR-4,BTR-4K
btr-3;btr-3;BTR-3;AFV;UKR;Morozov;BTR-3E1,BTR-3U;;BTR-3
mt-lb;mt-lb;MT-LB;AFV;RUS;Kharkiv Tractor Plant;MTLB,MT-LBu;;MT-LB
brdm-2;brdm-2;BRDM-2;AFV;RUS;GAZ;BRDM2;;BRDM-2
bmpt;bmpt;BMPT Terminator;AFV;RUS;Uralvagonzavod;BMPT,Terminator-2,BMPT-72;;BMPT Terminator
tigr;tigr;GAZ Tigr;AFV;RUS;GAZ;Tigr,Tigr-M,GAZ-2330;;Tigr
kurganets-25;kurganets-25;Kurganets-25;AFV;RUS;Kurganmashzavod;Kurganets
boomerang;boomerang;VPK-7829 Bumerang;AFV;RUS;VPK;Bumerang,Boomerang APC
kamaz-63968;kamaz-63968;KamAZ-63968 Typhoon;AFV;RUS;KamAZ;KamAZ Typhoon,K-63968,KamAZ-63968
# ---- Armoured vehicles: Asia, Middle East, Africa ----
k21;k21;K21 KNIFV;AFV;KOR;Hanwha Aerospace;K21,K21 IFV,KNIFV
k200;k200;K200 KIFV;AFV;KOR;Hanwha;K200,KIFV,K200A1;;K-200 KIFV
redback;redback;AS21 Redback;AFV;KOR;Hanwha Aerospace;Redback,AS21,AS21 Redback IFV
k808;k808;K808 White Tiger;AFV;KOR;Hyundai Rotem;K806,K808,White Tiger
namer;namer;Namer APC;AFV;ISR;MANTAK;Namer APC,Namer IFV;;Namer
eitan;eitan;Eitan AFV;AFV;ISR;MANTAK;Eitan AFV,Eitan APC
ejder;ejder;Nurol Ejder;AFV;TUR;Nurol Makina;Ejder Yalcin,Ejder Yalçın;;Ejder,Ejder Yalcin
kirpi;kirpi;BMC Kirpi;AFV;TUR;BMC;Kirpi,Kirpi MRAP,Kirpi II;;Kirpi
cobra;cobra;Otokar Cobra;AFV;TUR;Otokar;Cobra II,Otokar Cobra II,Cobra 2;;Cobra,Cobra-2
arma;arma;Otokar Arma;AFV;TUR;Otokar;Arma 6x6,Arma 8x8;;ARMA
pars;pars;FNSS Pars;AFV;TUR;FNSS;Pars 6x6,Pars 8x8,Pars III;;Pars
tulpar;tulpar;Otokar Tulpar;AFV;TUR;Otokar;Tulpar IFV
vuran;vuran;BMC Vuran;AFV;TUR;BMC;Vuran MRAP;;Vuran
kaplan-mt;kaplan-mt;Kaplan MT;TNK;TUR;FNSS/Pindad;Harimau,Kaplan Medium Tank,Harimau medium tank
zbd-04;zbd-04;ZBD-04;AFV;CHN;Norinco;Type 04 IFV,ZBD-04A
zbl-08;zbl-08;ZBL-08;AFV;CHN;Norinco;Type 08,VN-1,ZBL-09
wz-551;wz-551;WZ-551;AFV;CHN;Norinco;Type 92 APC,WZ551;;WZ-551,WZ-551/Type-90
vn-1;zbl-08;VN-1;AFV;CHN;Norinco;VN1
casspir;casspir;Casspir;AFV;ZAF;Mechem;Casspir NG,Casspir Mk6;;Casspir,Casspir-6,Casspir-NG-2000
ratel;ratel;Ratel IFV;AFV;ZAF;Sandock-Austral;Ratel IFV;;Ratel,Ratel-20,Ratel-23,Ratel-90
rg-31;rg-31;RG-31 Nyala;AFV;ZAF;BAE Systems Land Systems South Africa;Nyala,RG-31;;RG-31 Nyala
mbombe;mbombe;Paramount Mbombe;AFV;ZAF;Paramount Group;Mbombe 6,Mbombe 8,Mbombe 4;;Mbombe,Mbombe-4,Mbombe-6
marauder;marauder;Paramount Marauder;AFV;ZAF;Paramount Group;Marauder MPV;;Marauder
nimr;nimr;Nimr;AFV;ARE;EDGE;Nimr Ajban,Nimr Hafeet,Nimr Jais;;Nimr Armored
bushmaster;bushmaster;Bushmaster PMV;AFV;AUS;Thales Australia;Bushmaster,Bushmaster protected mobility vehicle;;Bushmaster
hawkei;hawkei;Hawkei;AFV;AUS;Thales Australia;Hawkei PMV-L
ee-9;ee-9;EE-9 Cascavel;AFV;BRA;Engesa;Cascavel;;EE-9 Cascavel
ee-11;ee-11;EE-11 Urutu;AFV;BRA;Engesa;Urutu;;EE-11 Urutu,EE-11 Urutu AFSV
guarani;guarani;VBTP-MR Guarani;AFV;BRA;Iveco;Guarani,VBTP Guarani;;VBTP Guarani
# ---- Artillery ----
m109;m109;M109;ART;USA;BAE Systems;M109 howitzer,M109A6 Paladin,M109A7,M109A5,M109A4,M109A3GN,M109 SPH,M109A6 Paladin;;M-109 155mm,M-109A1 155mm,M-109A5 155mm,M-109A6 155mm Paladin
m777;m777;M777;ART;GBR;BAE Systems;M777 howitzer,M777A2,M-777,UFH,Ultra-lightweight Field Howitzer;;UFH/M-777 155mm
m119;m119;M119;ART;GBR;Royal Ordnance;M119A3,M119 howitzer
m198;m198;M198;ART;USA;Rock Island Arsenal;M198 howitzer,M-198;;M-198 155mm
m101;m101;M101;ART;USA;;M101A1,M101 howitzer;;M-101A1 105mm
m114;m114;M114;ART;USA;;M114 howitzer,M114A1;;M-114 155mm
m110;m110;M110;ART;USA;;M110A2,M110 howitzer;;M-110 203mm,M-110A2 203mm
l118;l118;L118 Light Gun;ART;GBR;Royal Ordnance;L118,L119,L-118;;L-118 105mm
caesar;caesar;CAESAR;ART;FRA;KNDS France;Caesar,Caesar howitzer,CAESAR 155mm,Caesar Mk II,CAESAR 8x8,Camion équipé d'un système d'artillerie;;CAESAR 155mm
pzh-2000;pzh-2000;Panzerhaubitze 2000;ART;DEU;KNDS Deutschland;PzH 2000,PzH2000,Panzerhaubitze,PzH-2000;;PzH-2000 155mm
rch-155;rch-155;RCH 155;ART;DEU;KNDS Deutschland;RCH-155,Remote Controlled Howitzer 155
archer;archer;BAE Systems Archer;ART;SWE;BAE Systems Bofors;Archer howitzer,FH77 BW L52 Archer,Archer artillery system;;Archer 155mm
fh77;fh77;FH77;ART;SWE;Bofors;FH-77,FH77B,FH 77 BO5;;FH-77 155mm
fh70;fh70;FH70;ART;GBR;Vickers/Rheinmetall/OTO Melara;FH-70,FH 70;;FH-70 155mm
as-90;as-90;AS-90;ART;GBR;BAE Systems;AS90,AS-90 Braveheart;;AS-90B Mallet 155mm
k9;k9;K9 Thunder;ART;KOR;Hanwha Aerospace;K9,K9A1,K9A2,K9 howitzer,K9 Vajra,K9 Vajra-T,K9 Moukari,K9FIN,K9PL,K9 Thunder SPH;;K-9 Thunder 155mm,K-9
t-155-firtina;k9;T-155 Fırtına;ART;KOR;Hanwha/MKEK;T-155 Firtina,Firtina,Fırtına
k10;k10;K10 ARV;ART;KOR;Hanwha Aerospace;K10 ammunition resupply vehicle,K-10;;K-10
krab;krab;AHS Krab;ART;POL;Huta Stalowa Wola;Krab,Krab howitzer,Krab 155mm;;Krab 155mm
dana;dana;ShKH vz. 77 DANA;ART;CZE;Konštrukta;DANA,DANA M2,vz. 77 DANA;;DANA 152mm
zuzana;zuzana;Zuzana;ART;SVK;Konštrukta;Zuzana 2,Zuzana-2;;Zuzana 155mm,Zuzana-2
atmos;atmos;ATMOS 2000;ART;ISR;Elbit Systems;ATMOS,ATMOS-2000,ATMOS 155mm;;ATMOS-2000 155mm,ATMOS M-46 130mm
g5;g5;G5 howitzer;ART;ZAF;Denel;G5,G-5,G5-2000;;G-5 155mm
g6;g6;G6 Rhino;ART;ZAF;Denel;G6,G-6,G6 Rhino howitzer;;G-6 Rhino 155mm
dhanush;dhanush;Dhanush howitzer;ART;IND;Advanced Weapons and Equipment India;Dhanush howitzer
atags;atags;ATAGS;ART;IND;DRDO;Advanced Towed Artillery Gun System
plz-05;plz-05;PLZ-05;ART;CHN;Norinco;Type 05 SPH
plz-45;plz-45;PLZ-45;ART;CHN;Norinco;Type 88 SPH;;PLZ-45 155mm
sh-15;sh-15;SH-15;ART;CHN;Norinco;PCL-181,SH15,SH-15 howitzer;;SH-15 155mm
2s1;2s1;2S1 Gvozdika;ART;RUS;;Gvozdika,2S1;;2S1 122mm
2s3;2s3;2S3 Akatsiya;ART;RUS;;Akatsiya,2S3M;;2S3 152mm
2s5;2s5;2S5 Giatsint-S;ART;RUS;;Giatsint-S,Hyacinth-S;;2S5 152mm
2s7;2s7;2S7 Pion;ART;RUS;;Pion,2S7M Malka,Malka;;2S7 Pion 203mm
2s9;2s9;2S9 Nona;ART;RUS;;Nona-S,2S9 Nona-S;;2S9 120mm
2s19;2s19;2S19 Msta-S;ART;RUS;Uraltransmash;Msta-S,2S19M2,2S33 Msta-SM2,Msta-SM;;2S19 MSTA-S 152mm
2s35;2s35;2S35 Koalitsiya-SV;ART;RUS;Uraltransmash;Koalitsiya-SV,Koalitsiya
2s22;2s22;2S22 Bohdana;ART;UKR;Kramatorsk Heavy Machine Tool Building Plant;Bohdana,Bogdana
d-30;d-30;D-30;ART;RUS;;D-30 howitzer,2A18,D-30A;;D-30 122mm
d-20;d-20;D-20;ART;RUS;;D-20 gun-howitzer;;D-20 152mm
2a65;2a65;2A65 Msta-B;ART;RUS;;Msta-B,2A65 howitzer;;2A65 MSTA-B 152mm
2a36;2a36;2A36 Giatsint-B;ART;RUS;;Giatsint-B,Hyacinth-B;;2A36 Giatsint-B 152mm
m-46;m-46;M-46 130 mm field gun;ART;RUS;;M-46 gun,M1954;;M-46 130mm
2b11;2b11;2B11 Sani;ART;RUS;;2B11 mortar,Sani;;2B11 120mm
nora-b-52;nora-b-52;Nora B-52;ART;SRB;Yugoimport SDPR;Nora B52,NORA B-52;;Nora-B-52 155mm
cardom;cardom;Cardom;ART;ISR;Elbit Systems;Cardom mortar,Cardom 10;;CARDOM 120mm
m120-mortar;m120;M120 mortar;ART;USA;;M120,M121,M120A1
panter;panter;Panter howitzer;ART;TUR;MKEK;Panter 155mm,T-155 Panter;;Panter 155mm
# ---- Rocket artillery ----
himars;himars;M142 HIMARS;MRL;USA;Lockheed Martin;HIMARS,M142,High Mobility Artillery Rocket System,M-142 HIMARS;;M-142 HIMARS
m270;m270;M270 MLRS;MRL;USA;Lockheed Martin;M270,M270A1,M270A2,M270 MLRS,MARS II;;M-270 MLRS 227mm
gmlrs;gmlrs;GMLRS;MRL;USA;Lockheed Martin;Guided Multiple Launch Rocket System,M30A1,M31A1,GMLRS rockets,ER GMLRS;;GMLRS
bm-21;bm-21;BM-21 Grad;MRL;RUS;Splav;Grad,BM-21,Grad MLRS,9K51 Grad,Grad rocket launcher,Grad-1,9P138;;BM-21 Grad 122mm
bm-27;bm-27;BM-27 Uragan;MRL;RUS;Splav;Uragan,9P140,9K57 Uragan,Uragan MLRS;;BM-22/9P140 Uragan
bm-30;bm-30;BM-30 Smerch;MRL;RUS;Splav;Smerch,9A52,9K58 Smerch,9A52-2;;BM-9A52 Smerch
tornado-g;tornado-g;9K51M Tornado-G;MRL;RUS;Splav;Tornado-G,Tornado G MLRS
tornado-s;tornado-s;9K515 Tornado-S;MRL;RUS;Splav;Tornado-S,Tornado S MLRS
tos-1;tos-1;TOS-1 Buratino;MRL;RUS;Omsktransmash;TOS-1A,Solntsepyok,TOS-1A Solntsepyok,Buratino;;TOS-1
tos-2;tos-2;TOS-2 Tosochka;MRL;RUS;Omsktransmash;Tosochka,TOS-2
rm-70;rm-70;RM-70;MRL;CZE;ZŤS Dubnica;RM 70,RM-70 Vampire;;RM-70 122mm,RM-70 Vampire 122mm
vilkha;vilkha;Vilkha;MRL;UKR;Luch;Vilkha-M,Vilha
astros;astros;ASTROS II;MRL;BRA;Avibras;ASTROS,ASTROS 2020,ASTROS-2,Astros II MLRS;;ASTROS-2,ASTROS-2000
pinaka;pinaka;Pinaka;MRL;IND;Larsen & Toubro/Tata;Pinaka MBRL,Pinaka Mk II;;Pinaka 214mm
k239;k239;K239 Chunmoo;MRL;KOR;Hanwha Aerospace;Chunmoo,K239,K-239 Chunmoo,Homar-K;;K-239 Chunmoo
phl-03;phl-03;PHL-03;MRL;CHN;Norinco;PHL03,AR1A,Type 03 MRL;;PHL-03 300mm
phl-16;phl-16;PHL-16;MRL;CHN;Norinco;PCH-191,PHL-191,AR3
sr-5;sr-5;SR-5;MRL;CHN;Norinco;SR5 MLRS;;SR-5
puls;puls;PULS;MRL;ISR;Elbit Systems;Precise and Universal Launching System,EuroPULS;;PULS
lynx-mrl;lynx-mrl;IMI Lynx MRL;MRL;ISR;Israel Military Industries;Lynx rocket launcher,Lynx MLRS
t-122-sakarya;t-122;T-122 Sakarya;MRL;TUR;Roketsan;T-122,Sakarya;;T-122 122mm,T-122/300
t-300;t-300;T-300 Kasırga;MRL;TUR;Roketsan;Kasirga,T-300 Kasirga,TRG-300 Kasirga;;T-300
fajr-5;fajr-5;Fajr-5;MRL;IRN;;Fajr 5
fajr-3;fajr-3;Fajr-3;MRL;IRN;;Fajr 3
jobaria;jobaria;Jobaria;MRL;ARE;Tawazun;Jobaria MCL
m-1985;m-1985;M-1985 240mm MRL;MRL;PRK;;M1985;;M-1985 240mm
kn-25;kn-25;KN-25;MRL;PRK;;KN25,600mm super-large MRL
# ---- Ballistic missiles ----
iskander;iskander;9K720 Iskander;BM;RUS;KBM;Iskander,Iskander-M,Iskander-E,9K720,9M723,Iskander missile system;SS-26 Stone;9M723 Iskander,9P78 Iskander
iskander-k;iskander;Iskander-K (9M728/9M729);CM;RUS;Novator;Iskander-K,9M728,9M729,R-500;SSC-7 Southpaw,SSC-8 Screwdriver
tochka;tochka;9K79 Tochka;BM;RUS;KBM;Tochka,Tochka-U,OTR-21,9K79,9M79;SS-21 Scarab;9M79 Tochka,OTR-21 Tochka
oka;oka;9K714 Oka;BM;RUS;KBM;OTR-23,9M714;SS-23 Spider;OTR-23,9M714
scud;scud;Scud;BM;RUS;Makeyev;Scud missile,Scud-B,Scud-C,R-17 Elbrus,R-17,Elbrus,9K72,R-11,Scud-A;SS-1 Scud;R-17 Elbrus,R-11,8K11/Scud-A TEL,9P117 Uragan
luna;luna;9K52 Luna-M;BM;RUS;;Luna-M,FROG-7,9K52;FROG-7;Luna/FROG
kinzhal;kinzhal;Kh-47M2 Kinzhal;BM;RUS;KBM;Kinzhal,Kh-47M2,Kh-47;AS-24 Killjoy
oreshnik;oreshnik;Oreshnik;BM;RUS;;Oreshnik IRBM
topol;topol;RT-2PM Topol;BM;RUS;MITT;Topol,Topol-M,RT-2PM;SS-25 Sickle
yars;yars;RS-24 Yars;BM;RUS;MITT;Yars,RS-24;SS-29
sarmat;sarmat;RS-28 Sarmat;BM;RUS;Makeyev;Sarmat,RS-28,Satan 2
bulava;bulava;RSM-56 Bulava;BM;RUS;MITT;Bulava,RSM-56;SS-N-32
atacms;atacms;MGM-140 ATACMS;BM;USA;Lockheed Martin;ATACMS,MGM-140,Army Tactical Missile System,ATACMS Block 1A;;ATACMS Block-1,ATACMS Block-1A
prsm;prsm;Precision Strike Missile;BM;USA;Lockheed Martin;PrSM,PRSM
lance;lance;MGM-52 Lance;BM;USA;LTV;Lance missile,MGM-52;;M-752 Lance TEL
pershing;pershing;MGM-31 Pershing;BM;USA;Martin Marietta;Pershing 1A,Pershing II,MGM-31;;Pershing-1A,M-474 Pershing-1
honest-john;honest-john;MGR-1 Honest John;BM;USA;Douglas;Honest John,MGR-1;;MGR-1 Honest John
trident;trident;UGM-133 Trident II;BM;USA;Lockheed Martin;Trident II,Trident D5,UGM-133,Trident missile;;UGM-133A Trident-D5
polaris;polaris;UGM-27 Polaris;BM;USA;Lockheed;Polaris A3,UGM-27;;UGM-27C Polaris-A3
df-11;df-11;DF-11;BM;CHN;CASIC;M-11,Dongfeng-11,DF-11A;CSS-7
df-15;df-15;DF-15;BM;CHN;CASC;Dongfeng-15,DF-15B;CSS-6
df-21;df-21;DF-21;BM;CHN;CASC;Dongfeng-21,DF-21D;CSS-5
df-26;df-26;DF-26;BM;CHN;CASC;Dongfeng-26
df-17;df-17;DF-17;BM;CHN;CASC;Dongfeng-17
df-3;df-3;DF-3;BM;CHN;;Dongfeng-3,DF-3A;CSS-2;DF-3/CSS-2
b-611;b-611;B-611;BM;CHN;CASIC;B611,BP-12;;B-611
bp-12a;bp-12a;BP-12A;BM;CHN;CASIC;BP12A;;BP-12A
sy-400;sy-400;SY-400;MRL;CHN;CASC;SY400;;SY-400
shaheen-3;shaheen-3;Shaheen-III;BM;PAK;NDC;Shaheen 3,Shaheen-3
ghauri;ghauri;Ghauri missile;BM;PAK;KRL;Hatf-V,Ghauri-II
nasr;nasr;Nasr (Hatf-IX);BM;PAK;NDC;Hatf-IX,Nasr missile
prithvi;prithvi;Prithvi ballistic missile;BM;IND;DRDO;Prithvi-II,Dhanush missile
agni;agni;Agni ballistic missile;BM;IND;DRDO;Agni-V,Agni-Prime,Agni-P
pralay;pralay;Pralay ballistic missile;BM;IND;DRDO;Pralay missile
hwasong-5;hwasong-5;Hwasong-5;BM;PRK;;Hwasong 5;;Hwasong-5 TEL
hwasong-6;hwasong-6;Hwasong-6;BM;PRK;;Hwasong 6,Scud-C copy;;Hwasong-6
hwasong-7;hwasong-7;Hwasong-7;BM;PRK;;Nodong,Rodong,Rodong-1,Nodong-1;;Hwasong-7,Rodong
hwasong-11;hwasong-11;Hwasong-11;BM;PRK;;KN-23,KN23,Hwasong-11A,Hwasong-11B,KN-24;;Hwasong-11
hwasong-12;hwasong-12;Hwasong-12;BM;PRK;;KN-17
hwasong-17;hwasong-17;Hwasong-17;BM;PRK;;KN-28
hwasong-18;hwasong-18;Hwasong-18;BM;PRK;;Hwasong 18
shahab-3;shahab-3;Shahab-3;BM;IRN;;Shahab 3
ghadr;ghadr;Ghadr-110;BM;IRN;;Ghadr,Ghadr-1,Ghadr-110
emad;emad;Emad;BM;IRN;;Emad missile
sejjil;sejjil;Sejjil missile;BM;IRN;;Sejil,Sejjil-2
khorramshahr;khorramshahr;Khorramshahr missile;BM;IRN;;Kheibar missile,Khorramshahr-4
fateh-110;fateh-110;Fateh-110;BM;IRN;;Fateh 110,Fateh-110A,M-600,Tishreen;;Fateh-110
fateh-313;fateh-313;Fateh-313;BM;IRN;;Fateh 313;;Fateh-313
zolfaghar;zolfaghar;Zolfaghar missile;BM;IRN;;Zolfaghar missile,Zulfiqar missile
dezful;dezful;Dezful missile;BM;IRN;;Dezful missile
kheibar-shekan;kheibar-shekan;Kheibar Shekan;BM;IRN;;Kheibar-Shekan,Khaibar Shekan
haj-qasem;haj-qasem;Haj Qasem missile;BM;IRN;;Haj Qassem
fattah;fattah;Fattah missile;BM;IRN;;Fattah hypersonic missile,Fattah-1,Fattah-2
qiam-1;qiam-1;Qiam-1;BM;IRN;;Qiam 1,Qiam,Burkan-2;;Qiam-1
zelzal;zelzal;Zelzal rocket;BM;IRN;;Zelzal-2,Zelzal-3;;Zelzal-2
raad-500;raad-500;Raad-500;BM;IRN;;Ra'ad-500;;Raad-500
hyunmoo-2;hyunmoo-2;Hyunmoo-2;BM;KOR;ADD;Hyunmoo 2,Hyunmoo-2C
hyunmoo-4;hyunmoo-4;Hyunmoo-4;BM;KOR;ADD;Hyunmoo 4
ktssm;ktssm;KTSSM;BM;KOR;LIG Nex1;Korean Tactical Surface-to-Surface Missile;;KTSSM
jericho;jericho;Jericho;BM;ISR;Israel Aerospace Industries;Jericho 2,Jericho 3,Jericho-1;;Jericho-1
lora;lora;LORA;BM;ISR;Israel Aerospace Industries;Long Range Artillery weapon system;;LORA
tayfun;tayfun;Tayfun ballistic missile;BM;TUR;Roketsan;Tayfun missile,Tayfun Block 4
bora;bora;Bora ballistic missile;BM;TUR;Roketsan;Bora missile,Khan missile
# ---- Cruise and land-attack missiles ----
tomahawk;tomahawk;BGM-109 Tomahawk;CM;USA;Raytheon;Tomahawk,BGM-109,Tomahawk Block V,Tomahawk cruise missile,TLAM;;BGM-109 Tomahawk
agm-158;agm-158;AGM-158 JASSM;CM;USA;Lockheed Martin;JASSM,JASSM-ER,AGM-158A,AGM-158B,Joint Air-to-Surface Standoff Missile;;AGM-158A JASSM,AGM-158B JASSM-ER
lrasm;agm-158;AGM-158C LRASM;ASHM;USA;Lockheed Martin;LRASM,AGM-158C
storm-shadow;storm-shadow;Storm Shadow;CM;GBR;MBDA;Storm Shadow/SCALP,SCALP,SCALP-EG,SCALP EG,Storm Shadow missile;;Storm Shadow/SCALP-EG
mdcn;mdcn;MdCN;CM;FRA;MBDA;Missile de Croisière Naval,SCALP Naval
taurus;taurus;Taurus KEPD 350;CM;DEU;Taurus Systems;Taurus,KEPD 350,Taurus KEPD 350E,Taurus cruise missile;;Taurus KEPD-350
kalibr;kalibr;3M-14/3M-54 Kalibr;CM;RUS;Novator;Kalibr,Calibr,Club-S,Club-N,Club-K,3M-14,3M-54,3M-54E,3M-14E,Kalibr-NK,Kalibr-PL;SS-N-27 Sizzler,SS-N-30A;3M-14E Club,3M-54E Club
kh-101;kh-101;Kh-101;CM;RUS;Raduga;Kh101,Kh-102,Kh-101 cruise missile;AS-23 Kodiak
kh-555;kh-555;Kh-555;CM;RUS;Raduga;Kh555;AS-22 Kluge
kh-55;kh-55;Kh-55;CM;RUS;Raduga;Kh55,Kh-55SM,RKV-500;AS-15 Kent;Kh-55
kh-22;kh-22;Kh-22;ASHM;RUS;Raduga;Kh22,Kh-32;AS-4 Kitchen
zircon;zircon;3M22 Tsirkon;CM;RUS;NPO Mashinostroyeniya;Zircon,Tsirkon,3M22,3M22 Zircon;SS-N-33
p-800;p-800;P-800 Oniks;ASHM;RUS;NPO Mashinostroyeniya;Oniks,Onyx,Yakhont,P-800 Yakhont,3M55;SS-N-26 Strobile;Yakhont
bastion;bastion;K-300P Bastion-P;ASHM;RUS;NPO Mashinostroyeniya;Bastion-P,Bastion coastal defense system,K-300P,Bastion-E;SSC-5 Stooge;K-300P Bastion-P
bal;bal;3K60 Bal;ASHM;RUS;;Bal-E,3K60,Bal coastal missile system;SSC-6 Sennight
rubezh;rubezh;4K51 Rubezh;ASHM;RUS;;Rubezh,4K51,Rubezh-ME,SSC-3;;Rubezh/SS-C-3
redut;redut;S-35 Redut;ASHM;RUS;;Redut coastal missile system;SSC-1 Sepal;Redut
brahmos;brahmos;BrahMos;CM;IND;BrahMos Aerospace;BrahMos missile,BrahMos-A,BrahMos-ER,BrahMos-NG,PJ-10,PJ-10 BrahMos;;PJ-10 BrahMos,PJ-10 BrahMos-A
nirbhay;nirbhay;Nirbhay cruise missile;CM;IND;DRDO;Nirbhay cruise missile
babur;babur;Babur cruise missile;CM;PAK;NESCOM;Hatf-VII,Babur cruise missile
neptune;neptune;R-360 Neptune;ASHM;UKR;Luch;R-360,Neptun,Long Neptune,Neptune missile,Neptune anti-ship missile
hyunmoo-3;hyunmoo-3;Hyunmoo-3;CM;KOR;ADD;Hyunmoo 3,Cheonryong
hf-2e;hf-2;Hsiung Feng IIE;CM;TWN;NCSIST;HF-2E,Hsiung Feng 2E
cj-10;cj-10;CJ-10;CM;CHN;CASIC;Changjian-10,DH-10
soumar;soumar;Soumar cruise missile;CM;IRN;;Soumar cruise missile
hoveyzeh;hoveyzeh;Hoveyzeh cruise missile;CM;IRN;;Hoveizeh
paveh;paveh;Paveh cruise missile;CM;IRN;;Paveh cruise missile
quds-1;quds;Quds-1;CM;YEM;;Quds missile,Quds-2,Quds-3;;Quds
nimrod;nimrod;Nimrod missile;CM;ISR;Israel Aerospace Industries;Nimrod missile;;Nimrod
# ---- Anti-ship missiles ----
harpoon;harpoon;Harpoon;ASHM;USA;Boeing;Harpoon missile,AGM-84,RGM-84,AGM-84 Harpoon,UGM-84,Harpoon Block II,Harpoon Block 1C,Harpoon Coastal Defense System,HCDS;;Harpoon Block-1,Harpoon Block-2,HCDS
slam-er;slam-er;AGM-84H/K SLAM-ER;ASM;USA;Boeing;SLAM-ER,AGM-84K,AGM-84H;;AGM-84H SLAM-ER
nsm;nsm;Naval Strike Missile;ASHM;NOR;Kongsberg;NSM,RGM-184,NSM Coastal Defence System;;NSM,NSM CDS
jsm;jsm;Joint Strike Missile;ASM;NOR;Kongsberg;JSM;;JSM
exocet;exocet;Exocet;ASHM;FRA;MBDA;MM40,MM38,AM39,SM39,MM40 Exocet,MM38 Exocet,AM39 Exocet,SM39 Exocet,MM40 Block 3,Exocet missile;;MM-38 Exocet,MM-40 Exocet,MM-40-3 Exocet,AM-39 Exocet,SM-39 Exocet,Exocet CDS
rbs-15;rbs-15;RBS 15;ASHM;SWE;Saab;RBS-15,RBS 15 Mk3,RBS 15 Gungnir,RBS-15 Mk-3;;RBS-15 Mk-3,RBS-15M,RBS-15K CDS
otomat;otomat;Otomat/Teseo;ASHM;ITA;MBDA;Otomat,Teseo,Otomat Mk2,Teseo Mk2/E;;Otomat-1,Otomat-2,Otomat/Erato
marte;marte;Marte;ASHM;ITA;MBDA;Marte ER,Marte Mk2/S,Sea Killer;;Marte-2,Marte-ER,Sea Killer/Marte-1
sea-skua;sea-skua;Sea Skua;ASHM;GBR;BAE Systems;Sea Skua missile;;Sea Skua
sea-venom;sea-venom;Sea Venom;ASHM;GBR;MBDA;ANL,Sea Venom/ANL
penguin;penguin;Kongsberg Penguin;ASHM;NOR;Kongsberg;AGM-119 Penguin,Penguin Mk2;;Penguin-1,Penguin-2
gabriel;gabriel;IAI Gabriel;ASHM;ISR;Israel Aerospace Industries;Gabriel V,Gabriel 5,Gabriel Mk 2;;Gabriel-1,Gabriel-2,Gabriel-5 ANAM
atmaca;atmaca;Atmaca anti-ship missile;ASHM;TUR;Roketsan;Atmaca missile,Kara Atmaca
kh-35;kh-35;Kh-35 Uran;ASHM;RUS;Zvezda;Kh-35,Uran,Uran-E,Kh-35U,Kh-35E,3M24;SS-N-25 Switchblade;Kh-35
kh-31;kh-31;Kh-31;ASHM;RUS;Zvezda;Kh31,Kh-31A,Kh-31P,Kh-31PD;AS-17 Krypton;Kh-31A1,Kh-31M
p-270;p-270;P-270 Moskit;ASHM;RUS;Raduga;Moskit,3M80,P-270;SS-N-22 Sunburn;P-270 Moskit
p-15;p-15;P-15 Termit;ASHM;RUS;Raduga;Termit,P-15M,P-15U;SS-N-2 Styx;P-15M,P-15U
p-35;p-35;P-35;ASHM;RUS;Chelomey;P-35 missile;SS-N-3 Shaddock;P-35
ks-1-komet;ks-1-komet;KS-1 Komet;ASHM;RUS;;KS-1 Kometa;AS-1 Kennel;KS-1 Sopka
c-802;c-802;C-802;ASHM;CHN;CPMIEC;YJ-82,YJ-8,C-802A,YJ-83,C-802 missile;CSS-N-8 Saccade;C-802,C-802A,C-801/C-802 CDS
c-801;c-801;C-801;ASHM;CHN;CPMIEC;YJ-81,YJ-8A;;C-801
c-704;c-704;C-704;ASHM;CHN;CASIC;C704,Nasr-1;;C-704
c-705;c-705;C-705;ASHM;CHN;CASIC;C705;;C-705
cm-302;cm-302;CM-302;ASHM;CHN;CASIC;YJ-12,YJ-12A,CM302
yj-18;yj-18;YJ-18;ASHM;CHN;CASIC;YJ18
hy-2;hy-2;HY-2 Silkworm;ASHM;CHN;;Silkworm,HY-2,SY-1A;CSS-C-3 Seersucker;HY-2/SY-1A,HY-2 CDS
noor;noor;Noor anti-ship missile;ASHM;IRN;;Noor missile,Ghader,Qader
hf-2;hf-2;Hsiung Feng II;ASHM;TWN;NCSIST;HF-2,Hsiung Feng 2
hf-3;hf-3;Hsiung Feng III;ASHM;TWN;NCSIST;HF-3,Hsiung Feng 3
ssm-700k;ssm-700;SSM-700K Haeseong;ASHM;KOR;LIG Nex1;Haeseong,Haesung,C-Star;;C-STAR
type-12-ssm;type-12-ssm;Type 12 SSM;ASHM;JPN;Mitsubishi Heavy Industries;Type 12 surface-to-ship missile,Type 12 Improved
# ---- Air-to-air missiles ----
aim-9;aim-9;AIM-9 Sidewinder;AAM;USA;Raytheon;Sidewinder,AIM-9,AIM-9M,AIM-9L;;AIM-9B Sidewinder,AIM-9D Sidewinder,AIM-9E Sidewinder,AIM-9J/P Sidewinder,AIM-9L Sidewinder,AIM-9L/I Sidewinder,AIM-9M Sidewinder
aim-9x;aim-9;AIM-9X Sidewinder;AAM;USA;Raytheon;AIM-9X,AIM-9X Block II,AIM-9X Block II+;;AIM-9X Sidewinder
aim-120;aim-120;AIM-120 AMRAAM;AAM;USA;Raytheon;AMRAAM,AIM-120,Advanced Medium-Range Air-to-Air Missile;;AIM-120A AMRAAM,AIM-120B AMRAAM
aim-120c;aim-120;AIM-120C AMRAAM;AAM;USA;Raytheon;AIM-120C,AIM-120C-7,AIM-120C-8,AIM-120C5;;AIM-120C AMRAAM
aim-120d;aim-120;AIM-120D AMRAAM;AAM;USA;Raytheon;AIM-120D,AIM-120D3;;AIM-120D AMRAAM
aim-7;aim-7;AIM-7 Sparrow;AAM;USA;Raytheon;Sparrow missile,AIM-7,AIM-7M;;AIM-7C Sparrow,AIM-7E Sparrow,AIM-7F Sparrow,AIM-7M Sparrow,AIM-7P Sparrow
aim-54;aim-54;AIM-54 Phoenix;AAM;USA;Hughes;AIM-54,Phoenix missile;;AIM-54A Phoenix
aim-260;aim-260;AIM-260 JATM;AAM;USA;Lockheed Martin;JATM,AIM-260
meteor;meteor;MBDA Meteor;AAM;GBR;MBDA;Meteor,Meteor missile,Meteor BVRAAM
mica;mica;MICA;AAM;FRA;MBDA;MICA IR,MICA EM,MICA NG;;MICA
iris-t;iris-t;IRIS-T;AAM;DEU;Diehl Defence;IRIS-T missile,IRIS-T AAM;;IRIS-T
asraam;asraam;AIM-132 ASRAAM;AAM;GBR;MBDA;ASRAAM,AIM-132;;ASRAAM
r-550;r-550;R.550 Magic;AAM;FRA;Matra;Magic 2,R550 Magic,Magic-2,R.550 Magic 2;;R-550 Magic-1,R-550 Magic-2
super-530;super-530;Super 530;AAM;FRA;Matra;Super 530D,Super 530F,Super-530;;Super-530D,Super-530F
python-5;python-5;Python-5;AAM;ISR;Rafael;Python 5;;Python-5
python-4;python-4;Python-4;AAM;ISR;Rafael;Python 4;;Python-4
derby;derby;Rafael Derby;AAM;ISR;Rafael;Derby missile,I-Derby,I-Derby ER;;Derby,I-Derby-ER
r-73;r-73;R-73;AAM;RUS;Vympel;R-73E,R-73M,RVV-MD;AA-11 Archer;R-73
r-77;r-77;R-77;AAM;RUS;Vympel;RVV-AE,R-77-1,RVV-SD,R-77M;AA-12 Adder;R-77
r-27;r-27;R-27;AAM;RUS;Vympel;R-27R,R-27T,R-27ER,R-27ET;AA-10 Alamo;R-27R/T
r-37;r-37;R-37M;AAM;RUS;Vympel;R-37,RVV-BD;AA-13 Axehead
r-60;r-60;R-60;AAM;RUS;Vympel;R-60M;AA-8 Aphid;R-60
r-33;r-33;R-33;AAM;RUS;Vympel;R-33S;AA-9 Amos
k-13;k-13;K-13;AAM;RUS;Vympel;R-3S,R-13M;AA-2 Atoll;K-13A,K-13M,K-13R
pl-15;pl-15;PL-15;AAM;CHN;CAA;PL-15E,PL15
pl-12;pl-12;PL-12;AAM;CHN;CAA;SD-10,SD-10A,PL12;;PL-12
pl-10;pl-10;PL-10;AAM;CHN;CAA;PL-10E
pl-5;pl-5;PL-5;AAM;CHN;;PL-5E,PL-5EII;;PL-5B,PL-5E
pl-8;pl-8;PL-8;AAM;CHN;;PL8
astra;astra;Astra air-to-air missile;AAM;IND;Bharat Dynamics;Astra Mk1,Astra Mk 1,Astra missile
a-darter;a-darter;A-Darter;AAM;ZAF;Denel Dynamics;A-Darter missile
tien-chien;tien-chien;Tien Chien II;AAM;TWN;NCSIST;Sky Sword II,TC-2
# ---- Air-to-surface missiles, guided bombs ----
agm-65;agm-65;AGM-65 Maverick;ASM;USA;Raytheon;Maverick,AGM-65,AGM-65D,AGM-65G,AGM-65K;;AGM-65 Maverick
agm-114;agm-114;AGM-114 Hellfire;ATGM;USA;Lockheed Martin;Hellfire,AGM-114,Hellfire II,AGM-114R,AGM-114K,Hellfire missiles;;AGM-114 Hellfire,AGM-114 Hellfire-2,AGM-114L Hellfire Longbow
agm-179;agm-179;AGM-179 JAGM;ATGM;USA;Lockheed Martin;JAGM,Joint Air-to-Ground Missile
agm-88;agm-88;AGM-88 HARM;ASM;USA;Raytheon;HARM,AGM-88,AGM-88B,AGM-88E AARGM,AARGM,AARGM-ER;;AGM-88 HARM,AGM-88E AARGM
agm-154;agm-154;AGM-154 JSOW;BOMB;USA;Raytheon;JSOW,AGM-154C;;AGM-154 JSOW
apkws;apkws;APKWS;ASM;USA;BAE Systems;Advanced Precision Kill Weapon System,APKWS II,WGU-59;;WGU-59 APKWS
jdam;jdam;JDAM;BOMB;USA;Boeing;Joint Direct Attack Munition,GBU-31,GBU-32,GBU-38,GBU-54,JDAM-ER,JDAM kits;;JDAM,JDAM-ER
paveway;paveway;Paveway;BOMB;USA;Raytheon;Paveway II,Paveway IV,Paveway III,GBU-10,GBU-12,GBU-16,GBU-24,GBU-49,Enhanced Paveway;;Paveway
gbu-39;gbu-39;GBU-39 Small Diameter Bomb;BOMB;USA;Boeing;Small Diameter Bomb,SDB,GBU-39,GBU-39B;;GBU-39 SDB
gbu-53;gbu-53;GBU-53/B StormBreaker;BOMB;USA;Raytheon;StormBreaker,SDB II,GBU-53
glsdb;glsdb;Ground-Launched Small Diameter Bomb;BOMB;USA;Boeing/Saab;GLSDB
gbu-28;gbu-28;GBU-28;BOMB;USA;;GBU-28 bunker buster;;GBU-28
gbu-57;gbu-57;GBU-57 Massive Ordnance Penetrator;BOMB;USA;Boeing;GBU-57,Massive Ordnance Penetrator,MOP
brimstone;brimstone;Brimstone;ASM;GBR;MBDA;Brimstone 2,Brimstone missile,Sea Spear;;Brimstone,Brimstone-2
spear;spear;SPEAR 3;ASM;GBR;MBDA;Spear 3
aasm;aasm;AASM Hammer;BOMB;FRA;Safran;AASM,A2SM,AASM-Hammer;;AASM Hammer
spice;spice;SPICE;BOMB;ISR;Rafael;SPICE-250,SPICE-1000,SPICE-2000;;SPICE
popeye;popeye;Popeye;ASM;ISR;Rafael;Have Nap,AGM-142,Popeye Turbo,Crystal Maze;;Popeye
rampage;rampage;Rampage missile;ASM;ISR;Elbit/IAI;Rampage missile
rocks;rocks;Rafael Rocks;ASM;ISR;Rafael;Rocks missile
kh-25;kh-25;Kh-25;ASM;RUS;Zvezda;Kh-25ML,Kh-25MP,Kh-25M;AS-10 Karen;Kh-25M
kh-29;kh-29;Kh-29;ASM;RUS;Vympel;Kh29,Kh-29T,Kh-29L,Kh-29TE;AS-14 Kedge;Kh-29
kh-38;kh-38;Kh-38;ASM;RUS;Zvezda;Kh-38ME,Kh-38M
kh-59;kh-59;Kh-59;ASM;RUS;Raduga;Kh-59M,Ovod,Kh-59MK2,Kh-59MK,Ovod-M;AS-13 Kingbolt,AS-18 Kazoo;Kh-59,Kh-59M Ovod-M,Kh-59ME Ovod,Kh-59MK
kh-58;kh-58;Kh-58;ASM;RUS;Raduga;Kh-58U,Kh-58E,Kh-58UShKE;AS-11 Kilter;Kh-58A,Kh-58U
kh-69;kh-69;Kh-69;CM;RUS;Raduga;Kh69
kab-500;kab-500;KAB-500;BOMB;RUS;Region;KAB-500L,KAB-500KR,KAB-500S;;KAB-500/1500
kab-1500;kab-1500;KAB-1500;BOMB;RUS;Region;KAB-1500L
umpk;umpk;UMPK glide kit;BOMB;RUS;;UMPK,FAB-500 UMPK,FAB-1500 UMPK
cirit;cirit;Cirit;ASM;TUR;Roketsan;Cirit laser-guided rocket,CIRIT;;CIRIT
mam-l;mam;MAM-L;BOMB;TUR;Roketsan;MAM-L,MAM-C,MAM-T,Mini Akıllı Mühimmat
som;som;SOM cruise missile;CM;TUR;Roketsan;SOM-J,SOM cruise missile,SOM-A;;SOM
teber;teber;Teber;BOMB;TUR;Roketsan;Teber-82;;Teber
kgk;kgk;KGK;BOMB;TUR;TÜBİTAK SAGE;KGK-82,KGK-83;;KGK-83
lt-2;lt-2;LT-2;BOMB;CHN;;LT-2 LGB;;LT-2
ls-6;ls-6;LS-6;BOMB;CHN;;LS-6-500;;LS-6-500
ft-9;ft-9;FT-9;BOMB;CHN;;FT-9 glide bomb;;FT-9
yj-9e;yj-9e;YJ-9E;ASHM;CHN;;YJ9E;;YJ-9E
# ---- Anti-tank missiles ----
javelin;javelin;FGM-148 Javelin;ATGM;USA;Raytheon/Lockheed Martin;Javelin,FGM-148,Javelin missile,Javelin anti-tank missile,Javelins;;FGM-148 Javelin
tow;tow;BGM-71 TOW;ATGM;USA;Raytheon;TOW,BGM-71,TOW-2A,TOW-2B,TOW 2B,TOW missiles,ITOW;;BGM-71 TOW,BGM-71F TOW-2B
dragon;dragon;M47 Dragon;ATGM;USA;McDonnell Douglas;FGM-77 Dragon,FGM-77;;FGM-77 Dragon
nlaw;nlaw;NLAW;ATGM;SWE;Saab;Next generation Light Anti-tank Weapon,RB 57,Robot 57,MBT LAW;;NLAW
milan;milan;MBDA MILAN;ATGM;FRA;MBDA;MILAN ER,MILAN 2,MILAN 3,MILAN missile;;MILAN
mmp;mmp;MMP;ATGM;FRA;MBDA;Akeron MP,Missile Moyenne Portée;;Akeron-MP
hot;hot;Euromissile HOT;ATGM;FRA;Euromissile;HOT 3,HOT-3,HOT 3 missile;;HOT,HOT-3
eryx;eryx;Eryx;ATGM;FRA;MBDA;Eryx missile;;Eryx
spike;spike;Rafael Spike;ATGM;ISR;Rafael;Spike LR,Spike-LR,Spike LR2,Spike ER,Spike-ER,Spike MR,Spike SR,Spike NLOS,Spike-NLOS,Spike missile;;Spike-ER,Spike-LR-2,Spike-MR/LR,Spike-NLOS,Spike-SR
lahat;lahat;LAHAT;ATGM;ISR;Israel Aerospace Industries;Lahat missile;;LAHAT
mapats;mapats;MAPATS;ATGM;ISR;Israel Military Industries;MAPATS missile;;MAPATS
bill;bill;RBS 56 Bill;ATGM;SWE;Saab Bofors Dynamics;RBS-56,Bill 2,RBS 56B;;RBS-56 Bill,RBS-56B Bill-2
kornet;kornet;9M133 Kornet;ATGM;RUS;KBP;Kornet,Kornet-E,Kornet-EM,9K135,9M133,Kornet-D,Kornet-T;AT-14 Spriggan;Kornet
konkurs;konkurs;9M113 Konkurs;ATGM;RUS;KBP;Konkurs,9M113,9K113,Konkurs-M;AT-5 Spandrel;Konkurs
fagot;fagot;9M111 Fagot;ATGM;RUS;KBP;Fagot,9M111,9K111;AT-4 Spigot;Fagot
metis;metis;9M115 Metis;ATGM;RUS;KBP;Metis,9K115,9M115,Metis-M,Metis-M1,9M131;AT-7 Saxhorn,AT-13 Saxhorn-2;9M115 Metis,Metis-M
malyutka;malyutka;9M14 Malyutka;ATGM;RUS;;Malyutka,9M14,9K11 Malyutka,Malyutka-2;AT-3 Sagger;Malyutka
shturm;shturm;9K114 Shturm;ATGM;RUS;KBM;Shturm,Shturm-V,Shturm-S,9M114,9M114 Kokon,Kokon;AT-6 Spiral;9M114 Kokon
ataka;ataka;9M120 Ataka;ATGM;RUS;KBM;Ataka,9M120,Ataka-V;AT-9 Spiral-2;9M120 Ataka
vikhr;vikhr;9K121 Vikhr;ATGM;RUS;KBP;Vikhr,9M127,Vikhr-M;AT-16 Scallion;Vikhr
khrizantema;khrizantema;9M123 Khrizantema;ATGM;RUS;KBM;Khrizantema,9K123,Khrizantema-S;AT-15 Springer;Khrizantema
9m117;9m117;9M117 Bastion;ATGM;RUS;KBP;9M117,Bastion gun-launched missile,9K116;AT-10 Stabber
9m119;9m119;9M119 Svir/Refleks;ATGM;RUS;KBP;Refleks,Svir,9M119M;AT-11 Sniper;9M119
stugna-p;stugna-p;Stugna-P;ATGM;UKR;Luch;Stugna,Skif,Stugna-P ATGM
corsar;corsar;Corsar;ATGM;UKR;Luch;Korsar ATGM,R-3 Korsar;;R-3 Korsar
hj-8;hj-8;HJ-8;ATGM;CHN;Norinco;Red Arrow-8,Baktar-Shikan,HJ-8E;;Red Arrow-8
hj-12;hj-12;HJ-12;ATGM;CHN;Norinco;Red Arrow-12;;Red Arrow-12
hj-73;hj-73;HJ-73;ATGM;CHN;Norinco;Red Arrow-73;;Red Arrow-73
hj-9;hj-9;HJ-9;ATGM;CHN;Norinco;Red Arrow-9;;Red Arrow-9
toophan;toophan;Toophan anti-tank missile;ATGM;IRN;;Toophan-2,Toophan-5,Tufan
dehlavieh;dehlavieh;Dehlavieh;ATGM;IRN;;Dehlavieh ATGM;;Dehlavieh
omtas;omtas;OMTAS;ATGM;TUR;Roketsan;OMTAS missile
umtas;umtas;UMTAS;ATGM;TUR;Roketsan;L-UMTAS,UMTAS missile
tam-mr;tam-mr;TAM-MR;ATGM;TUR;Roketsan;TAM MR;;TAM-MR
nag;nag;DRDO Nag;ATGM;IND;Bharat Dynamics;NAMICA,Helina,Dhruvastra,Nag missile
# ---- Surface ships ----
arleigh-burke;arleigh-burke;Arleigh Burke-class destroyer;SHIP;USA;General Dynamics Bath Iron Works/HII;Arleigh Burke,Arleigh Burke class,DDG-51,Arleigh Burke-class
ticonderoga;ticonderoga;Ticonderoga-class cruiser;SHIP;USA;Ingalls;Ticonderoga class,CG-47
constellation;constellation;Constellation-class frigate;SHIP;USA;Fincantieri Marinette Marine;FFG-62,Constellation class,FFG(X)
lcs;lcs;Littoral Combat Ship;SHIP;USA;Lockheed Martin/Austal;LCS,Freedom-class LCS,Independence-class LCS,Multi-Mission Surface Combatant,MMSC
oliver-hazard-perry;oliver-hazard-perry;Oliver Hazard Perry-class frigate;SHIP;USA;Bath Iron Works;Oliver Hazard Perry,Perry-class frigate,FFG-7,Perry class,Gabya class,Adelaide class;;Perry
knox;knox;Knox-class frigate;SHIP;USA;;Knox class,Knox-class;;Knox
hamilton;hamilton;Hamilton-class cutter;SHIP;USA;Avondale;Hamilton-class,Hamilton cutter,WHEC;;Hamilton
island-class;island-class;Island-class patrol boat;SHIP;USA;Bollinger;Island-class patrol boat
cyclone-class;cyclone-class;Cyclone-class patrol ship;SHIP;USA;Bollinger;Cyclone-class patrol ship
san-antonio;san-antonio;San Antonio-class amphibious transport dock;SHIP;USA;HII;San Antonio class,LPD-17
type-23;type-23;Type 23 frigate;SHIP;GBR;BAE Systems;Type 23,Duke-class frigate,Duke class;;Type-23
type-26;type-26;Type 26 frigate;SHIP;GBR;BAE Systems;Type 26,City-class frigate,Hunter-class frigate,Global Combat Ship,River-class destroyer
type-31;type-31;Type 31 frigate;SHIP;GBR;Babcock;Type 31,Arrowhead 140,Inspiration-class,Merah Putih-class
type-45;type-45;Type 45 destroyer;SHIP;GBR;BAE Systems;Type 45,Daring-class Type 45
river-class-opv;river-opv;River-class offshore patrol vessel;SHIP;GBR;BAE Systems;River-class OPV,River Batch 2,Amazonas-class;;River Batch-1
queen-elizabeth;queen-elizabeth;Queen Elizabeth-class aircraft carrier;SHIP;GBR;Aircraft Carrier Alliance;Queen Elizabeth class,HMS Queen Elizabeth,HMS Prince of Wales
fremm;fremm;FREMM;SHIP;FRA;Naval Group/Fincantieri;FREMM frigate,Aquitaine-class,Bergamini-class,Carlo Bergamini class,FREMM-EVO,Tahya Misr;;FREMM
fdi;fdi;FDI frigate;SHIP;FRA;Naval Group;FDI,Belharra,Belh@rra,Frégate de défense et d'intervention,Amiral Ronarc'h class
gowind;gowind;Gowind;SHIP;FRA;Naval Group;Gowind 2500,Gowind corvette,Gowind-class,El Fateh-class,Maharaja Lela-class;;Gowind,Gowind-2500
la-fayette;la-fayette;La Fayette-class frigate;SHIP;FRA;DCN;La Fayette class,Lafayette class,Formidable-class,Kang Ding-class,Al Riyadh-class;;La Fayette,F-3000S,F-2000S
horizon;horizon;Horizon-class destroyer;SHIP;FRA;Naval Group/Fincantieri;Horizon class,Forbin class,Orizzonte class
mistral-class;mistral-class;Mistral-class amphibious assault ship;SHIP;FRA;Naval Group/Chantiers de l'Atlantique;Mistral-class,Mistral class,Mistral LHD,Mistral helicopter carrier,Gamal Abdel Nasser class
opv-87;opv-87;Kership OPV 87;SHIP;FRA;Kership;OPV 87
meko-a200;meko-a200;MEKO A-200;SHIP;DEU;TKMS;MEKO A-200,MEKO A200,MEKO A-200EN,Al-Aziz-class,Valour-class;;MEKO-A200
meko-a100;meko-a100;MEKO A-100;SHIP;DEU;TKMS;MEKO A-100,MEKO A100,Kedah-class,Miecznik;;MEKO-A100
meko-200;meko-200;MEKO 200;SHIP;DEU;Blohm+Voss;MEKO 200,Yavuz-class,Barbaros-class,Hydra-class,Vasco da Gama-class,Anzac-class,MEKO 200TN,MEKO 200ANZ;;MEKO-200,MEKO-200ANZ,MEKO-200T,MEKO-200T2
meko-360;meko-360;MEKO 360;SHIP;DEU;Blohm+Voss;MEKO 360H;;MEKO-360
k130;k130;K130 Braunschweig-class corvette;SHIP;DEU;Lürssen;K130,Braunschweig class
f125-frigate;f125-frigate;F125 Baden-Württemberg-class frigate;SHIP;DEU;TKMS;F125 frigate,Baden-Wurttemberg class
f126-frigate;f126-frigate;F126 Niedersachsen-class frigate;SHIP;DEU;Damen;F126 frigate,Niedersachsen class
ppa;ppa;Thaon di Revel-class offshore patrol vessel;SHIP;ITA;Fincantieri;PPA,Pattugliatore Polivalente d'Altura,Thaon di Revel class
doha-class;doha-class;Al Zubarah-class corvette;SHIP;ITA;Fincantieri;Al Zubarah class,Doha-class corvette
alvaro-de-bazan;alvaro-de-bazan;Álvaro de Bazán-class frigate;SHIP;ESP;Navantia;F-100 frigate,F100 frigate,Alvaro de Bazan class,Álvaro de Bazán class
hobart;hobart;Hobart-class destroyer;SHIP;ESP;Navantia;Hobart class,Air Warfare Destroyer,AWD;;Hobart
f-110-frigate;f-110-frigate;F-110 frigate;SHIP;ESP;Navantia;F110 frigate,Bonifaz class
avante-2200;avante-2200;Avante 2200;SHIP;ESP;Navantia;Avante 2200 corvette,Al Jubail-class;;Avante-2200
juan-carlos-i;juan-carlos-i;Juan Carlos I-class LHD;SHIP;ESP;Navantia;Juan Carlos I,Canberra-class LHD,TCG Anadolu,TCG Anadolu
sigma;sigma;Damen SIGMA;SHIP;NLD;Damen;SIGMA 10514,SIGMA 9113,SIGMA corvette,Diponegoro-class,Martadinata-class,Tarik Ben Ziyad class;;SIGMA-105,SIGMA-90
holland;holland;Holland-class OPV;SHIP;NLD;Damen;Holland class
karel-doorman;karel-doorman;Karel Doorman-class frigate;SHIP;NLD;Royal Schelde;Karel Doorman class,M-class frigate
de-zeven-provincien;de-zeven-provincien;De Zeven Provinciën-class frigate;SHIP;NLD;Damen Schelde;De Zeven Provincien class,LCF
kdx-3;kdx-3;KDX-III Sejong the Great-class destroyer;SHIP;KOR;Hyundai Heavy Industries;KDX-III,Sejong the Great class
incheon;incheon;Incheon-class frigate;SHIP;KOR;Hyundai Heavy Industries;FFX,Incheon class,Daegu-class,FFX Batch II
hdf-2600;hdf-2600;HDF-2600 frigate;SHIP;KOR;Hyundai Heavy Industries;HDF-2600,Jose Rizal-class,Jose Rizal class;;HHI-2600
dw-3000;dw-3000;DW-3000 frigate;SHIP;KOR;Daewoo Shipbuilding;DW-3000H,Bhumibol Adulyadej class;;DW-3000
po-hang;po-hang;Pohang-class corvette;SHIP;KOR;Korea Tacoma/HHI;Pohang class,Po Hang class;;Po Hang
type-054a;type-054;Type 054A frigate;SHIP;CHN;Hudong-Zhonghua;Type 054A,Jiangkai II,Type 054A/P,Tughril-class;;Type-054A
type-052d;type-052;Type 052D destroyer;SHIP;CHN;Jiangnan;Type 052D,Luyang III
type-055;type-055;Type 055 destroyer;SHIP;CHN;Jiangnan;Type 055,Renhai
type-056;type-056;Type 056 corvette;SHIP;CHN;Huangpu;Type 056,Jiangdao,Type 056A;;Type-056
type-053;type-053;Type 053 frigate;SHIP;CHN;Hudong;Type 053H3,Jiangwei II,Type 053H2G,Jiangwei,Jianghu;;Type-053H,Type-053H2,Type-053H2G/Jiangwei-1,Type-053H3
f-22p;f-22p;F-22P Zulfiquar-class frigate;SHIP;CHN;Hudong-Zhonghua;F-22P,Zulfiquar class,Sword class;;F-22
type-071;type-071;Type 071 amphibious transport dock;SHIP;CHN;Hudong-Zhonghua;Type 071,Yuzhao;;Type-071
type-075;type-075;Type 075 landing helicopter dock;SHIP;CHN;Hudong-Zhonghua;Type 075,Yushen
type-022;type-022;Type 022 missile boat;SHIP;CHN;;Type 022,Houbei
type-037;type-037;Type 037 patrol boat;SHIP;CHN;;Type 037,Hainan class;;Type-037
project-20380;project-20380;Project 20380 Steregushchiy-class corvette;SHIP;RUS;Severnaya Verf;Project 20380,Steregushchiy,Steregushchiy class,Tigr corvette
project-22350;project-22350;Project 22350 Admiral Gorshkov-class frigate;SHIP;RUS;Severnaya Verf;Project 22350,Admiral Gorshkov class
project-11356;project-11356;Project 11356 frigate;SHIP;RUS;Yantar;Project 11356,Talwar class,Talwar-class frigate,Admiral Grigorovich class,Project 1135.6,Tushil class,Krivak III;;Talwar
project-11661;project-11661;Project 11661 Gepard-class frigate;SHIP;RUS;Zelenodolsk;Gepard-class,Gepard 3.9,Dinh Tien Hoang class;;Gepard-3
project-21631;project-21631;Project 21631 Buyan-M corvette;SHIP;RUS;Zelenodolsk;Buyan-M,Project 21631
project-22800;project-22800;Project 22800 Karakurt corvette;SHIP;RUS;Pella;Karakurt,Project 22800
project-22160;project-22160;Project 22160 patrol ship;SHIP;RUS;Zelenodolsk;Project 22160,Vasily Bykov class
project-956;project-956;Project 956 Sovremenny-class destroyer;SHIP;RUS;Severnaya Verf;Sovremenny,Sovremenny class,Project 956E,Hangzhou class;Sovremenny;Project-956/Sovremenny
project-1155;project-1155;Project 1155 Udaloy-class destroyer;SHIP;RUS;Yantar;Udaloy,Udaloy class;Udaloy
project-1164;project-1164;Project 1164 Slava-class cruiser;SHIP;RUS;;Slava class,Atlant class;Slava
project-1241;project-1241;Project 1241 Molniya;SHIP;RUS;;Molniya,Tarantul,Project 1241.8;Tarantul;Project-1241
project-205;project-205;Project 205 Moskit;SHIP;RUS;;Project 205 missile boat,Osa-class;Osa I,Osa II;Project-205
project-1234;project-1234;Project 1234 Ovod;SHIP;RUS;;Nanuchka class;Nanuchka;Project-1234
project-1159;project-1159;Project 1159 frigate;SHIP;RUS;Zelenodolsk;Koni class;Koni;Project-1159
project-1143;project-1143;Project 1143.4 Admiral Gorshkov/Vikramaditya;SHIP;RUS;Sevmash;INS Vikramaditya,Vikramaditya,Kiev class;Kiev;Gorshkov
project-775;project-775;Project 775 landing ship;SHIP;RUS;Stocznia Północna;Ropucha class,Ropucha;Ropucha;Project-775
project-771;project-771;Project 771 landing ship;SHIP;RUS;Stocznia Północna;Polnocny class;Polnocny;Project-771
zubr;zubr;Project 12322 Zubr;SHIP;RUS;;Zubr hovercraft,Project 12322,Pomornik;Pomornik;Zubr
milgem;milgem;MILGEM;SHIP;TUR;ASFAT/STM;Ada-class corvette,Ada class,Istanbul-class frigate,I-class frigate,Jinnah class;;MilGem
kolkata;kolkata;Project 15A Kolkata-class destroyer;SHIP;IND;Mazagon Dock;Kolkata class,Project 15A
visakhapatnam;visakhapatnam;Project 15B Visakhapatnam-class destroyer;SHIP;IND;Mazagon Dock;Visakhapatnam class,Project 15B
nilgiri;nilgiri;Project 17A Nilgiri-class frigate;SHIP;IND;Mazagon Dock/GRSE;Nilgiri class,Project 17A
shivalik;shivalik;Project 17 Shivalik-class frigate;SHIP;IND;Mazagon Dock;Shivalik class
kamorta;kamorta;Kamorta-class corvette;SHIP;IND;GRSE;Kamorta class,Project 28
vikrant;vikrant;INS Vikrant;SHIP;IND;Cochin Shipyard;Vikrant class,IAC-1
saar-6;saar-6;Sa'ar 6;SHIP;ISR;TKMS;Saar 6,Sa'ar 6 corvette,Magen class
saar-5;saar-5;Sa'ar 5;SHIP;ISR;Ingalls;Saar 5,Eilat class;;Saar-5
saar-4-5;saar-4.5;Sa'ar 4.5;SHIP;ISR;Israel Shipyards;Saar 4.5,Hetz class;;Aliya/Saar-4.5
super-dvora;super-dvora;Super Dvora;SHIP;ISR;Israel Aerospace Industries;Super Dvora Mk III,Super Dvora patrol boat;;Super Dvora
shaldag;shaldag;Shaldag;SHIP;ISR;Israel Shipyards;Shaldag Mk V,Shaldag patrol boat;;Shaldag,Shaldag Mk-5
mogami;mogami;Mogami-class frigate;SHIP;JPN;Mitsubishi Heavy Industries;Mogami class,30FFM,upgraded Mogami
abukuma;abukuma;Abukuma-class destroyer escort;SHIP;JPN;;Abukuma class
# ---- Submarines ----
type-209;type-209;Type 209;SUB;DEU;TKMS;Type 209 submarine,Type 209/1400,Type 209/1200,Type 209/1400mod,Chang Bogo class;;Type-209/1100,Type-209/1200,Type-209/1300,Type-209/1400,Type-209/1400MOD,Type-209/1500
type-212;type-212;Type 212;SUB;DEU;TKMS;Type 212A,Type 212CD,U212A,U212 NFS,Todaro class,Type 212 submarine;;Type-212
type-214;type-214;Type 214;SUB;DEU;TKMS;Type 214 submarine,Type 214TN,Reis class,Papanikolis class,Son Won-il class;;Type-214
type-218;type-218;Type 218SG;SUB;DEU;TKMS;Type 218SG,Invincible-class submarine;;Type-218
dolphin;dolphin;Dolphin-class submarine;SUB;DEU;TKMS;Dolphin class,Dolphin II,Dakar class;;Dolphin/Type-800
scorpene;scorpene;Scorpène-class submarine;SUB;FRA;Naval Group;Scorpene,Scorpène,Kalvari class,Kalvari-class,Riachuelo class,Scorpene Evolved;;Scorpene
barracuda;barracuda;Barracuda-class submarine;SUB;FRA;Naval Group;Suffren class,Shortfin Barracuda,Attack-class submarine
agosta;agosta;Agosta-class submarine;SUB;FRA;DCN;Agosta 90B,Agosta-90B,Khalid class;;Agosta,Agosta-90B,Agosta-90B MESMA
s-80;s-80;S-80 Isaac Peral-class submarine;SUB;ESP;Navantia;S-80 Plus,Isaac Peral class
a26;a26;A26 Blekinge-class submarine;SUB;SWE;Saab Kockums;A26,Blekinge class
gotland;gotland;Gotland-class submarine;SUB;SWE;Kockums;Gotland class
collins;collins;Collins-class submarine;SUB;SWE;Kockums/ASC;Collins class;;Collins
virginia;virginia;Virginia-class submarine;SUB;USA;General Dynamics Electric Boat/HII;Virginia class,SSN-774
los-angeles;los-angeles;Los Angeles-class submarine;SUB;USA;General Dynamics Electric Boat;Los Angeles class,SSN-688
astute;astute;Astute-class submarine;SUB;GBR;BAE Systems;Astute class
ssn-aukus;ssn-aukus;SSN-AUKUS;SUB;GBR;BAE Systems/ASC;SSN-AUKUS
kss-3;kss-3;KSS-III Dosan Ahn Changho-class submarine;SUB;KOR;Hanwha Ocean;KSS-III,Dosan Ahn Changho class,KSS-3
soryu;soryu;Sōryū-class submarine;SUB;JPN;Mitsubishi/Kawasaki;Soryu class,Sōryū
taigei;taigei;Taigei-class submarine;SUB;JPN;Mitsubishi Heavy Industries;Taigei class
project-877;project-877;Project 877 Paltus (Kilo);SUB;RUS;Admiralty Shipyards;Kilo-class,Kilo class,Sindhughosh class,Project 877EKM,Project 877E;Kilo;Project-877E
project-636;project-636;Project 636 Varshavyanka (Improved Kilo);SUB;RUS;Admiralty Shipyards;Varshavyanka,Improved Kilo,Project 636.1,Project 636M,Project 636.3,Improved Kilo;;Project-636E
amur-1650;project-677;Amur-1650;SUB;RUS;Admiralty Shipyards;Amur 1650,Amur-950,Lada class,Project 677
project-971;project-971;Project 971 Shchuka-B (Akula);SUB;RUS;;Akula class,Akula-class,INS Chakra;Akula;Project-971I
yasen;project-885;Project 885 Yasen;SUB;RUS;Sevmash;Yasen,Yasen-M,Project 885M
borei;project-955;Project 955 Borei;SUB;RUS;Sevmash;Borei,Borey,Project 955A
project-641;project-641;Project 641 (Foxtrot);SUB;RUS;;Foxtrot class;Foxtrot;Project-641
project-633;project-633;Project 633 (Romeo);SUB;RUS;;Romeo class;Romeo;Project-633
project-613;project-613;Project 613 (Whiskey);SUB;RUS;;Whiskey class;Whiskey;Project-613
type-039;type-039;Type 039 Yuan-class submarine;SUB;CHN;Wuchang;Type 039B,Yuan class,S20,S26,Hangor-class,Hangor class,S26T
type-035;type-035;Type 035 Ming-class submarine;SUB;CHN;Wuchang;Ming class,Type 035G,Type 035B;;Type-035G
type-033;type-033;Type 033 submarine;SUB;CHN;;Type 033 Romeo;;Type-033
ghadir;ghadir;Ghadir-class submarine;SUB;IRN;;Ghadir class,Yono class
# ---- Naval weapons ----
mk-41;mk-41;Mk 41 Vertical Launching System;NAV;USA;Lockheed Martin;Mk 41 VLS,Mk-41,Mk 41,MK 41 VLS;;Mk-41 VLS
phalanx;phalanx;Mk 15 Phalanx CIWS;NAV;USA;Raytheon;Phalanx,Phalanx CIWS,Mk 15,Phalanx Block 1B;;Mk-15 Phalanx
goalkeeper;goalkeeper;Goalkeeper CIWS;NAV;NLD;Thales Nederland;Goalkeeper;;Goalkeeper
millennium-gun;millennium-gun;Oerlikon Millennium;NAV;CHE;Rheinmetall;Millennium 35mm gun,Oerlikon Millennium 35 mm
mk-45;mk-45;Mk 45 naval gun;NAV;USA;BAE Systems;Mk 45 5-inch gun,Mk 45 Mod 4,5-inch/62;;Mk-45 127mm,Mk-45-4 127mm
oto-76;oto-76;OTO Melara 76 mm;NAV;ITA;Leonardo;76/62 Super Rapid,Super Rapido,OTO Melara 76/62,76mm Super Rapid,76/62 Compact,Strales;;Super Rapid 76mm,Compact 76mm
oto-127;oto-127;OTO Melara 127/64;NAV;ITA;Leonardo;127/64 LW,127/64 Lightweight;;127/64LW 127mm
mk-54;mk-54;Mk 54 lightweight torpedo;NAV;USA;Raytheon;Mk 54 torpedo,Mk-54 LWT,MK 54 Mod 0;;Mk-54 LWT
mk-48;mk-48;Mk 48 torpedo;NAV;USA;Lockheed Martin;Mk 48 ADCAP,Mk-48,Mk 48 Mod 7;;Mk-48,Mk-48 Mod-5 ADCAP
mk-46;mk-46;Mk 46 torpedo;NAV;USA;Alliant Techsystems;Mk 46 Mod 5,Mk-46;;Mk-46,Mk-46 Mod-5 NEARTIP
mu90;mu90;MU90 Impact;NAV;FRA;Eurotorp;MU90,MU-90,MU90 Impact torpedo;;MU-90 IMPACT
black-shark;black-shark;Black Shark torpedo;NAV;ITA;Leonardo;Black Shark heavyweight torpedo,Black Shark Advanced;;Black Shark
seahake;seahake;DM2A4 Seehecht;NAV;DEU;Atlas Elektronik;SeaHake,Seehecht,DM2A4,SeaHake mod4;;DM2A4 Seehecht,DM-2A3 Seehecht
sting-ray;sting-ray;Sting Ray torpedo;NAV;GBR;BAE Systems;Stingray torpedo,Sting Ray Mod 1;;Sting Ray
asroc;asroc;ASROC;NAV;USA;Honeywell;RUM-139,VL-ASROC,RUR-5 ASROC;;ASROC
rbu-6000;rbu-6000;RBU-6000;NAV;RUS;;RBU-6000 Smerch-2;;RBU-6000
ak-630;ak-630;AK-630;NAV;RUS;Tulamashzavod;AK-630M;;AK-630 30mm
ak-176;ak-176;AK-176;NAV;RUS;;AK-176M;;AK-176 76mm
53-65;53-65;53-65 torpedo;NAV;RUS;;53-65KE;;53-65
# ---- Unmanned aerial vehicles and loitering munitions ----
tb2;tb2;Bayraktar TB2;UAV;TUR;Baykar;TB2,Bayraktar,Bayraktar TB-2,Bayraktar drones,Bayraktar TB2 drones;;Bayraktar TB2
tb3;tb3;Bayraktar TB3;UAV;TUR;Baykar;TB3,Bayraktar TB-3
akinci;akinci;Bayraktar Akıncı;UAV;TUR;Baykar;Akinci,Akıncı,Bayraktar Akinci,Akinci drone;;Akinci
kizilelma;kizilelma;Bayraktar Kızılelma;UAV;TUR;Baykar;Kizilelma,Kızılelma
anka;anka;TAI Anka;UAV;TUR;Turkish Aerospace;Anka,Anka-S,Anka-3,TAI Anka-S;;Anka
aksungur;aksungur;TAI Aksungur;UAV;TUR;Turkish Aerospace;Aksungur;;Aksungur
karayel;karayel;Vestel Karayel;UAV;TUR;Vestel;Karayel,Karayel-SU;;Karayel
kargu;kargu;STM Kargu;UAV;TUR;STM;Kargu,Kargu-2
alpagu;alpagu;STM Alpagu;UAV;TUR;STM;Alpagu
shahed-136;shahed-136;Shahed-136;UAV;IRN;HESA;Shahed,Shahed 136,Geran-2,Geran 2,Shahed drones,Shahed-136 drones;;Shahed-136
shahed-131;shahed-131;Shahed-131;UAV;IRN;HESA;Shahed 131,Geran-1,Geran 1
shahed-238;shahed-238;Shahed-238;UAV;IRN;HESA;Shahed 238,Geran-3
shahed-129;shahed-129;Shahed-129;UAV;IRN;HESA;Shahed 129;;Shahed-129
shahed-149;shahed-149;Shahed-149 Gaza;UAV;IRN;HESA;Shahed 149,Gaza drone
mohajer-6;mohajer-6;Mohajer-6;UAV;IRN;Qods Aviation Industries;Mohajer 6,Mohajer-6 drones;;Mohajer-6
mohajer-4;mohajer-4;Mohajer-4;UAV;IRN;Qods Aviation Industries;Mohajer 4
ababil-3;ababil-3;Ababil-3;UAV;IRN;HESA;Ababil 3;;Ababil-3
ababil-2;ababil-2;Ababil-2;UAV;IRN;HESA;Ababil 2,Ababil-T,Qasef-1;;Ababil-T
arash;arash;Arash drone;UAV;IRN;;Arash-2
kaman-22;kaman-22;Kaman-22;UAV;IRN;;Kaman 22
yasir;yasir;Yasir drone;UAV;IRN;;Yasir drone;;Yasir
samad;samad;Samad drone;UAV;YEM;;Samad-3,Samad-2
heron;heron;IAI Heron;UAV;ISR;Israel Aerospace Industries;Heron,Heron 1,Heron Mk II,Machatz-1,Heron TP,Eitan drone,Heron-TP;;Heron,Heron-TP,Heron-2
hermes-450;hermes-450;Elbit Hermes 450;UAV;ISR;Elbit Systems;Hermes 450,Hermes-450,Zik;;Hermes-450
hermes-900;hermes-900;Elbit Hermes 900;UAV;ISR;Elbit Systems;Hermes 900,Hermes-900,Kochav,Hermes 900 StarLiner;;Hermes-900
searcher;searcher;IAI Searcher;UAV;ISR;Israel Aerospace Industries;Searcher Mk II,Searcher Mk III;;Searcher
forpost;forpost;Forpost;UAV;ISR;Ural Civil Aviation Plant;Forpost-R,Forpost UAV
harop;harop;IAI Harop;UAV;ISR;Israel Aerospace Industries;Harop,Harop loitering munition;;Harop
harpy;harpy;IAI Harpy;UAV;ISR;Israel Aerospace Industries;Harpy,Harpy NG;;Harpy
orbiter;orbiter;Aeronautics Orbiter;UAV;ISR;Aeronautics Defense Systems;Orbiter 3,Orbiter 1K,Orbiter 4;;Orbiter-3,Orbiter-1K
skystriker;skystriker;Elbit SkyStriker;UAV;ISR;Elbit Systems;SkyStriker;;SkyStriker
heron-aerostar;aerostar;Aeronautics Aerostar;UAV;ISR;Aeronautics Defense Systems;Aerostar tactical UAV;;Aerostar
mq-9;mq-9;MQ-9 Reaper;UAV;USA;General Atomics;Reaper,MQ-9A,MQ-9B,Predator B,MQ-9 drones,Reaper drones,Reapers;;MQ-9 Reaper
mq-9b;mq-9;MQ-9B SkyGuardian/SeaGuardian;UAV;USA;General Atomics;SkyGuardian,SeaGuardian,MQ-9B SkyGuardian,MQ-9B SeaGuardian,Protector RG1
mq-1;mq-1;MQ-1 Predator;UAV;USA;General Atomics;MQ-1,RQ-1 Predator,Predator drone,Predator XP,Predator drone;;RQ-1 Predator
mq-1c;mq-1;MQ-1C Gray Eagle;UAV;USA;General Atomics;Gray Eagle,MQ-1C,Grey Eagle,MQ-1C ER
rq-4;rq-4;RQ-4 Global Hawk;UAV;USA;Northrop Grumman;Global Hawk,RQ-4B,RQ-4A,Euro Hawk;;RQ-4A Global Hawk
mq-4c;mq-4;MQ-4C Triton;UAV;USA;Northrop Grumman;MQ-4C,Triton drone
scaneagle;scaneagle;Insitu ScanEagle;UAV;USA;Insitu;ScanEagle,Scan Eagle;;ScanEagle
rq-21;rq-21;RQ-21 Blackjack;UAV;USA;Insitu;RQ-21A Blackjack;;RQ-21 Blackjack
rq-7;rq-7;RQ-7 Shadow;UAV;USA;AAI;Shadow 200,RQ-7B Shadow;;RQ-7 Shadow-200
rq-11;rq-11;RQ-11 Raven;UAV;USA;AeroVironment;Raven drone,RQ-11B
switchblade-300;switchblade-300;Switchblade 300;UAV;USA;AeroVironment;Switchblade-300
switchblade-600;switchblade-600;Switchblade 600;UAV;USA;AeroVironment;Switchblade-600;;Switchblade-600
phoenix-ghost;phoenix-ghost;Phoenix Ghost;UAV;USA;Aevex Aerospace;Phoenix Ghost drone;;Phoenix Ghost
coyote;coyote;Raytheon Coyote;UAV;USA;Raytheon;Coyote Block 2,Coyote interceptor
altius-600;altius-600;Altius-600;UAV;USA;Anduril;Altius 600
wing-loong-1;wing-loong-1;Wing Loong I;UAV;CHN;AVIC Chengdu;Wing Loong,Wing Loong 1,Wing Loong-1,Pterodactyl I,GJ-1;;Wing Loong-1
wing-loong-2;wing-loong-2;Wing Loong II;UAV;CHN;AVIC Chengdu;Wing Loong 2,Wing Loong-2,Wing Loong II drones,GJ-2;;Wing Loong-2
ch-3;ch-3;CASC CH-3;UAV;CHN;CASC;CH-3,Caihong-3,Rainbow-3,CH-3A;;CH-3
ch-4;ch-4;CASC CH-4;UAV;CHN;CASC;CH-4,CH-4B,CH-4A,Caihong-4,Rainbow-4;;CH-4A,CH-4B
ch-5;ch-5;CASC CH-5;UAV;CHN;CASC;CH-5,Caihong-5,Rainbow-5
ch-92;ch-92;CASC CH-92;UAV;CHN;CASC;CH-92A;;CH-92
ch-95;ch-95;CASC CH-95;UAV;CHN;CASC;CH95;;CH-95
wj-600;wj-600;WJ-600;UAV;CHN;CASIC;WJ600;;WJ-600
asn-209;asn-209;ASN-209;UAV;CHN;Xi'an ASN Technology;Silver Eagle;;ASN-209
orlan-10;orlan-10;Orlan-10;UAV;RUS;Special Technology Centre;Orlan 10,Orlan-10 drones
orlan-30;orlan-30;Orlan-30;UAV;RUS;Special Technology Centre;Orlan 30
lancet;lancet;ZALA Lancet;UAV;RUS;ZALA Aero;Lancet,Lancet-3,Izdeliye 51,Izdeliye 52,Lancet loitering munition
kub-bla;kub-bla;ZALA KUB-BLA;UAV;RUS;ZALA Aero;KUB-BLA,KUB-2
orion-uav;orion;Kronshtadt Orion;UAV;RUS;Kronshtadt;Inokhodets,Orion-E,Orion drone
okhotnik;okhotnik;S-70 Okhotnik;UAV;RUS;Sukhoi;Okhotnik,Okhotnik-B,Hunter-B
forpost-ru;forpost;Forpost-RU;UAV;RUS;Ural Civil Aviation Plant;Forpost-RU
eleron-3;eleron-3;Eleron-3;UAV;RUS;Enics;Eleron-3SV,Eleron 3
camcopter;camcopter;Schiebel Camcopter S-100;UAV;AUT;Schiebel;Camcopter,S-100 Camcopter;;Camcopter S-100
sperwer;sperwer;Sagem Sperwer;UAV;FRA;Safran;Sperwer;;Sperwer
patroller;patroller;Safran Patroller;UAV;FRA;Safran;Patroller drone
watchkeeper;watchkeeper;Thales Watchkeeper WK450;UAV;GBR;Thales UK;Watchkeeper,WK450
eurodrone;eurodrone;Eurodrone;UAV;DEU;Airbus;MALE RPAS,European MALE RPAS
warmate;warmate;WB Electronics Warmate;UAV;POL;WB Group;Warmate,Warmate loitering munition;;Warmate
flyeye;flyeye;WB Electronics FlyEye;UAV;POL;WB Group;FlyEye
rustom;rustom;DRDO Rustom;UAV;IND;DRDO;Rustom-II,Tapas-BH-201,TAPAS
shahpar;shahpar;GIDS Shahpar;UAV;PAK;Global Industrial Defence Solutions;Shahpar-II,Shahpar-III
yabhon;yabhon;Adcom Yabhon;UAV;ARE;Adcom Systems;Yabhon United 40,Yabhon Flash-20;;Yabhon Flash-20,Yabhon United-40
lyutyi;lyutyi;FP-1 Lyutyi;UAV;UKR;Antonov;Lyutyi,Liutyi,Lyutyy
# ---- Radars ----
tpy-2;an/tpy-2;AN/TPY-2;RDR;USA;Raytheon;AN/TPY-2,TPY-2 radar,X-band radar THAAD
spy-1;an/spy-1;AN/SPY-1;RDR;USA;Lockheed Martin;AN/SPY-1,SPY-1D,SPY-1F,Aegis radar;;SPY-1D,SPY-1F
spy-6;an/spy-6;AN/SPY-6;RDR;USA;Raytheon;AN/SPY-6,SPY-6,AMDR
spy-7;an/spy-7;AN/SPY-7;RDR;USA;Lockheed Martin;AN/SPY-7,SPY-7,LRDR
mpq-53;an/mpq-53;AN/MPQ-53;RDR;USA;Raytheon;AN/MPQ-53,MPQ-53,Patriot radar;;MPQ-53
mpq-65;an/mpq-65;AN/MPQ-65;RDR;USA;Raytheon;AN/MPQ-65,MPQ-65,AN/MPQ-65A
ltamds;ltamds;LTAMDS;RDR;USA;Raytheon;Lower Tier Air and Missile Defense Sensor,GhostEye
mpq-64;an/mpq-64;AN/MPQ-64 Sentinel;RDR;USA;Raytheon;AN/MPQ-64,Sentinel radar,MPQ-64 Sentinel,MPQ-64F1;;MPQ-64 Sentinel
tpq-36;an/tpq-36;AN/TPQ-36 Firefinder;RDR;USA;Northrop Grumman;AN/TPQ-36,TPQ-36,Firefinder;;TPQ-36 Firefinder
tpq-37;an/tpq-37;AN/TPQ-37 Firefinder;RDR;USA;Raytheon;AN/TPQ-37,TPQ-37;;TPQ-37 Firefinder
tpq-53;an/tpq-53;AN/TPQ-53;RDR;USA;Lockheed Martin;AN/TPQ-53,TPQ-53 radar,Q-53;;TPQ-53
tps-77;an/tps-77;AN/TPS-77;RDR;USA;Lockheed Martin;AN/TPS-77,TPS-77;;TPS-77
tps-59;an/tps-59;AN/TPS-59;RDR;USA;Lockheed Martin;AN/TPS-59;;TPS-59
fps-117;an/fps-117;AN/FPS-117;RDR;USA;Lockheed Martin;AN/FPS-117,FPS-117
apg-68;an/apg-68;AN/APG-68;RDR;USA;Northrop Grumman;AN/APG-68,APG-68(V)9;;APG-68
apg-83;an/apg-83;AN/APG-83 SABR;RDR;USA;Northrop Grumman;AN/APG-83,SABR,Scalable Agile Beam Radar,APG-83;;APG-83 SABR
apg-81;an/apg-81;AN/APG-81;RDR;USA;Northrop Grumman;AN/APG-81,APG-81
apg-79;an/apg-79;AN/APG-79;RDR;USA;Raytheon;AN/APG-79,APG-79
apg-78;an/apg-78;AN/APG-78 Longbow;RDR;USA;Northrop Grumman/Lockheed Martin;Longbow radar,Longbow fire control radar,AN/APG-78;;APG-78 Longbow
elm-2084;elm-2084;EL/M-2084;RDR;ISR;IAI Elta;ELM-2084,EL/M-2084 MMR,Multi-Mission Radar;;EL/M-2084
elm-2080;elm-2080;EL/M-2080 Green Pine;RDR;ISR;IAI Elta;Green Pine,ELM-2080,Super Green Pine;;EL/M-2080 Green Pine
elm-2075;elm-2075;EL/M-2075 Phalcon;RDR;ISR;IAI Elta;Phalcon,ELM-2075;;EL/M-2075 Phalcon
elm-2052;elm-2052;EL/M-2052;RDR;ISR;IAI Elta;ELM-2052
elm-2032;elm-2032;EL/M-2032;RDR;ISR;IAI Elta;ELM-2032;;EL/M-2032
erieye;erieye;Saab Erieye;RDR;SWE;Saab;Erieye radar,Erieye ER,PS-890;;Erieye,Erieye SRSS
giraffe-4a;giraffe-4;Saab Giraffe 4A;RDR;SWE;Saab;Giraffe 4A,Giraffe-4A;;Giraffe-4A
giraffe-1x;giraffe-1;Saab Giraffe 1X;RDR;SWE;Saab;Giraffe 1X;;Giraffe-1X
giraffe-amb;giraffe;Saab Giraffe AMB;RDR;SWE;Saab;Giraffe AMB,Giraffe radar;;Giraffe AMB
arthur;arthur;ARTHUR;RDR;SWE;Saab;Artillery Hunting Radar,ARTHUR counter-battery radar;;ARTHUR
smart-l;smart-l;Thales SMART-L;RDR;NLD;Thales Nederland;SMART-L,SMART-L EWC,SMART-L MM;;SMART-L
apar;apar;Thales APAR;RDR;NLD;Thales Nederland;APAR,APAR Block 2;;APAR
trs-4d;trs-4d;Hensoldt TRS-4D;RDR;DEU;Hensoldt;TRS-4D;;TRS-4D
trml-4d;trml-4d;Hensoldt TRML-4D;RDR;DEU;Hensoldt;TRML-4D;;TRML-4D
ground-master-400;ground-master-400;Thales Ground Master 400;RDR;FRA;Thales;GM400,Ground Master 400,GM403;;Ground Master-400
ground-master-200;ground-master-200;Thales Ground Master 200;RDR;FRA;Thales;GM200,Ground Master 200;;Ground Master-200
kronos;kronos;Leonardo Kronos;RDR;ITA;Leonardo;Kronos radar,Kronos Grand Mobile;;Kronos
rat-31;rat-31;Leonardo RAT-31DL;RDR;ITA;Leonardo;RAT-31DL,RAT-31;;RAT-31DL,RAT-31S
cobra-radar;cobra-radar;COBRA counter-battery radar;RDR;DEU;Euro-Art;COBRA radar,Counter Battery Radar COBRA
91n6;91n6;91N6 radar;RDR;RUS;Almaz-Antey;91N6E
92n6;92n6;92N6 radar;RDR;RUS;Almaz-Antey;92N6E,Grave Stone radar
30n6;30n6;30N6 radar;RDR;RUS;Almaz-Antey;30N6E,Flap Lid radar
96l6;96l6;96L6 radar;RDR;RUS;Almaz-Antey;96L6E,Cheese Board radar
64n6;64n6;64N6 radar;RDR;RUS;Almaz-Antey;64N6E,Big Bird radar;;64N6
76n6;76n6;76N6 radar;RDR;RUS;Almaz-Antey;76N6 Clam Shell,Clam Shell radar;;76N6
36d6;36d6;36D6 radar;RDR;RUS;Iskra;ST-68U,ST-68UM,36D6M,Tin Shield radar;;ST-68
5n62;5n62;5N62 radar;RDR;RUS;;5N62V,Square Pair radar;;5N62V
9s18;9s18;9S18 Kupol;RDR;RUS;;9S18M1,Kupol radar,Snow Drift radar
1l119;1l119;1L119 Nebo-SVU;RDR;RUS;NNIIRT;Nebo-SVU,Nebo-SV,Box Spring radar;;1L119 Nebo-SVU
55zh6;55zh6;55Zh6 Nebo-U;RDR;RUS;NNIIRT;Nebo-U,Nebo-M,55Zh6M,Tall Rack radar
59n6;59n6;59N6 Protivnik-GE;RDR;RUS;;Protivnik-GE,Protivnik;;59N6 Protivnik-GE
67n6;67n6;67N6 Gamma-DE;RDR;RUS;;Gamma-DE,67N6E Gamma;;67N6E Gamma
podlet;podlet;48Ya6 Podlet;RDR;RUS;;Podlet-K1,48Ya6-K1
zoopark;zoopark;1L219 Zoopark-1;RDR;RUS;;Zoopark-1,Zoopark-1M,1L260
p-18;p-18;P-18;RDR;RUS;;P-18 Terek,P-18T,Spoon Rest D radar
p-19;p-19;P-19;RDR;RUS;;P-19 Danube,Flat Face B radar
p-12;p-12;P-12;RDR;RUS;;P-12 Yenisei,Spoon Rest A radar;;P-12
p-14;p-14;P-14;RDR;RUS;;P-14 Lena,Tall King radar;;P-14
p-37;p-37;P-37;RDR;RUS;;P-37 Mech,Bar Lock radar
p-35-radar;p-35-radar;P-35 radar;RDR;RUS;;P-35 Saturn,Bar Lock B radar;;P-35 Saturn
p-40;p-40;P-40;RDR;RUS;;P-40 Bronya,Long Track radar;;P-40
prv-9;prv-9;PRV-9;RDR;RUS;;PRV-9 Nakliya,Thin Skin radar;;PRV-9
prv-11;prv-11;PRV-11;RDR;RUS;;PRV-11 Vershina,Side Net radar;;PRV-11
prv-13;prv-13;PRV-13;RDR;RUS;;PRV-13 Odd Pair,Odd Pair radar;;PRV-13
son-9;son-9;SON-9;RDR;RUS;;SON-9A,Fire Can radar;;SON-9
jy-27;jy-27;JY-27;RDR;CHN;CETC;JY-27A;;JY-27
ylc-8;ylc-8;YLC-8;RDR;CHN;CETC;YLC-8B,YLC-8E
ylc-2;ylc-2;YLC-2;RDR;CHN;CETC;YLC-2V;;YLC-2
# ---- Sensors and EW ----
sniper-atp;an/aaq-33;AN/AAQ-33 Sniper;SEN;USA;Lockheed Martin;Sniper pod,Sniper Advanced Targeting Pod,Sniper ATP,AAQ-33,AN/AAQ-33;;AAQ-33 Sniper ATP
litening;litening;Litening targeting pod;SEN;ISR;Rafael;Litening,Litening 5,Litening G4,AN/AAQ-28;;Litening,Litening-5
lantirn;lantirn;LANTIRN;SEN;USA;Lockheed Martin;AN/AAQ-13,AN/AAQ-14,LANTIRN pod;;AAQ-13 LANTIRN,AAQ-14 LANTIRN
atflir;an/asq-228;AN/ASQ-228 ATFLIR;SEN;USA;Raytheon;ATFLIR,ASQ-228;;ASQ-228 ATFLIR
damocles;damocles;Damocles targeting pod;SEN;FRA;Thales;Damocles;;Damocles
talios;talios;TALIOS targeting pod;SEN;FRA;Thales;TALIOS;;TALIOS
aselpod;aselpod;Aselsan ASELPOD;SEN;TUR;Aselsan;ASELPOD;;ASELPOD
recce-lite;reccelite;RecceLite pod;SEN;ISR;Rafael;RecceLite;;RecceLite
db-110;db-110;DB-110 reconnaissance pod;SEN;USA;Collins Aerospace;DB-110,MS-110;;DB-110
captas-4;captas;Thales CAPTAS-4;SEN;FRA;Thales;CAPTAS-4,CAPTAS 4,Sonar 2087;;CAPTAS-4
kolchuga;kolchuga;Kolchuga;SEN;UKR;Topaz;Kolchuga-M,Kolchuga passive sensor;;Kolchuga
vera-ng;vera;VERA-NG;SEN;CZE;ERA;VERA-NG,VERA-E,Vera passive radar;;VERA-E
avtobaza;avtobaza;1L222 Avtobaza;SEN;RUS;;Avtobaza,Avtobaza-M;;1L222 Avtobaza-M
krasukha;krasukha;Krasukha-4;OTH;RUS;KRET;Krasukha,1RL257,Krasukha-2
borisoglebsk-2;borisoglebsk-2;R-330BMV Borisoglebsk-2;OTH;RUS;;Borisoglebsk-2,R-330BMV
leer-3;leer-3;RB-341V Leer-3;OTH;RUS;;Leer-3
zhitel;zhitel;R-330Zh Zhitel;OTH;RUS;;Zhitel
pole-21;pole-21;Pole-21;OTH;RUS;;Pole-21 jammer
# ---- Engines ----
f100;f100;Pratt & Whitney F100;ENG;USA;Pratt & Whitney;F100-PW-229,F100-PW-220,F100 engine;;F100
f110;f110;General Electric F110;ENG;USA;GE Aerospace;F110-GE-129,F110-GE-132,F110 engine;;F110
f119;f119;Pratt & Whitney F119;ENG;USA;Pratt & Whitney;F119-PW-100,F119 engine
f135;f135;Pratt & Whitney F135;ENG;USA;Pratt & Whitney;F135 engine,F135-PW-100;;F135-100
f404;f404;General Electric F404;ENG;USA;GE Aerospace;F404-GE-IN20,F404 engine,F404-GE-402;;F404
f414;f414;General Electric F414;ENG;USA;GE Aerospace;F414-GE-INS6,F414 engine,F414-GE-400;;F414
j85;j85;General Electric J85;ENG;USA;GE Aerospace;J85 engine;;J85
j79;j79;General Electric J79;ENG;USA;GE Aerospace;J79 engine;;J79
t700;t700;General Electric T700;ENG;USA;GE Aerospace;T700-GE-701D,T700 engine,CT7
t901;t901;General Electric T901;ENG;USA;GE Aerospace;T901 engine
tfe731;tfe731;Honeywell TFE731;ENG;USA;Honeywell;TFE731 engine;;TFE-731
ae2100;ae2100;Rolls-Royce AE 2100;ENG;USA;Rolls-Royce North America;AE 2100,AE2100D3
lm2500;lm2500;General Electric LM2500;ENG;USA;GE Aerospace;LM2500 gas turbine,LM2500+G4;;LM-2500
mt30;mt30;Rolls-Royce MT30;ENG;GBR;Rolls-Royce;MT30 gas turbine;;MT-30
ej200;ej200;Eurojet EJ200;ENG;GBR;Eurojet;EJ200,EJ200 engine,EJ-200;;EJ-200
adour;adour;Rolls-Royce Turbomeca Adour;ENG;GBR;Rolls-Royce/Turbomeca;Adour engine,Adour Mk 871;;Adour
safran-m88;safran-m88;Safran M88;ENG;FRA;Safran;M88-2,M88 engine,M88-4E
safran-m53;safran-m53;Safran M53;ENG;FRA;Safran;M53-P2,M53 engine
tp400;tp400;Europrop TP400;ENG;DEU;Europrop International;TP400-D6,TP400 engine;;TP400-D6
al-31;al-31;Saturn AL-31F;ENG;RUS;UEC Saturn;AL-31F,AL-31FP,AL-31FN,AL-31 engine;;AL-31
al-41;al-41;Saturn AL-41F;ENG;RUS;UEC Saturn;AL-41F1S,AL-41F-1S,Izdeliye 117S;;AL-41F-1S
rd-33;rd-33;Klimov RD-33;ENG;RUS;Klimov;RD-33MK,RD-33 engine,RD-93,RD-93MA;;RD-33
tv3-117;tv3-117;Klimov TV3-117;ENG;RUS;Klimov/Motor Sich;TV3-117VMA,TV3-117 engine
vk-2500;vk-2500;Klimov VK-2500;ENG;RUS;Klimov;VK-2500
ai-222;ai-222;Ivchenko-Progress AI-222;ENG;UKR;Motor Sich;AI-222-25,AI-222 engine;;AI-222
ai-25;ai-25;Ivchenko AI-25;ENG;UKR;Motor Sich;AI-25TL;;AI-25
ai-322;ai-322;Ivchenko-Progress AI-322;ENG;UKR;Motor Sich;AI-322F
ws-10;ws-10;Shenyang WS-10 Taihang;ENG;CHN;AECC;WS-10,WS-10B,WS-10 Taihang
ws-13;ws-13;Guizhou WS-13;ENG;CHN;AECC;WS-13,WS-13 Taishan
mtu-883;mtu-883;MTU MT 883;ENG;DEU;MTU Friedrichshafen;MT 883,MTU 883
mtu-890;mtu-890;MTU MT 890;ENG;DEU;MTU Friedrichshafen;MT 890
# ---- Ammunition, communications and other equipment common in sale notices ----
m829;m829;M829 120mm APFSDS round;OTH;USA;Northrop Grumman;M829A3,M829A4,M829 tank round
m830;m830;M830 120mm HEAT round;OTH;USA;;M830 tank round
m830a1;m830;M830A1 120mm MPAT round;OTH;USA;;M830A1,MPAT round
m831;m831;M831 120mm training round;OTH;USA;;M831,M831A1
m865;m865;M865 120mm training round;OTH;USA;;M865 TPCSDS-T
m1147;m1147;M1147 120mm AMP round;OTH;USA;Northrop Grumman;M1147,Advanced Multi-Purpose round
m795;m795;M795 155mm projectile;OTH;USA;;M795 high-explosive projectile
mids;mids;Multifunctional Information Distribution System;OTH;USA;Data Link Solutions/ViaSat;MIDS,MIDS-LVT,MIDS LVT,MIDS JTRS,MIDS-JTRS,Link 16 terminal
sincgars;sincgars;SINCGARS;OTH;USA;Collins Aerospace;Single Channel Ground and Airborne Radio System,AN/PRC-119,AN/ARC-201
vrc-92;an/vrc-92;AN/VRC-92 SINCGARS vehicular radio;OTH;USA;Collins Aerospace;AN/VRC-92,AN/VRC-92A,AN/VRC-92F
vrc-90;an/vrc-90;AN/VRC-90 SINCGARS vehicular radio;OTH;USA;Collins Aerospace;AN/VRC-90,AN/VRC-90F
prc-117;an/prc-117;AN/PRC-117G;OTH;USA;L3Harris;AN/PRC-117G,PRC-117G,AN/PRC-117F,Falcon III manpack
prc-152;an/prc-152;AN/PRC-152;OTH;USA;L3Harris;AN/PRC-152A,PRC-152
prc-158;an/prc-158;AN/PRC-158;OTH;USA;L3Harris;PRC-158
rt-1702;rt-1702;RT-1702;OTH;USA;L3Harris;RT-1702G,RT-1702E
imse;improved-mobile-subscriber-equipment;Improved Mobile Subscriber Equipment;OTH;USA;General Dynamics;IMSE
surtass;surtass;SURTASS;SEN;USA;Lockheed Martin;Surveillance Towed Array Sensor System,SURTASS-E,AN/UQQ-2
apx-125;an/apx-125;AN/APX-125 IFF;SEN;USA;BAE Systems;AN/APX-125,APX-125
apx-126;an/apx-126;AN/APX-126 IFF;SEN;USA;BAE Systems;AN/APX-126,APX-126
alq-211;an/alq-211;AN/ALQ-211 AIDEWS;SEN;USA;L3Harris;AN/ALQ-211,ALQ-211,AIDEWS
ale-47;an/ale-47;AN/ALE-47 countermeasures dispenser;SEN;USA;BAE Systems;AN/ALE-47,ALE-47
aaq-24;an/aaq-24;AN/AAQ-24 LAIRCM;SEN;USA;Northrop Grumman;AN/AAQ-24,LAIRCM,Large Aircraft Infrared Countermeasures
aar-47;an/aar-47;AN/AAR-47 missile warning system;SEN;USA;Alliant Techsystems;AN/AAR-47,AAR-47
aaq-28;litening;AN/AAQ-28 Litening;SEN;USA;Northrop Grumman;AN/AAQ-28(V)
jhmcs;jhmcs;Joint Helmet Mounted Cueing System;SEN;USA;Collins Elbit Vision Systems;JHMCS,JHMCS II
egi;egi;Embedded GPS/INS;SEN;USA;Honeywell;EGI,Embedded GPS Inertial Navigation System
jmps;jmps;Joint Mission Planning System;OTH;USA;;JMPS
link-16;link-16;Link 16;OTH;USA;;Link-16,Link 16 datalink
dircm;dircm;DIRCM;SEN;USA;Northrop Grumman;Directional Infrared Countermeasures,Common Infrared Countermeasures,CIRCM
# ---- Small arms and light weapons ----
ak-47;ak-47;AK-47;SA;RUS;Kalashnikov Concern;AK47,AKM,Kalashnikov rifle
ak-74;ak-74;AK-74;SA;RUS;Kalashnikov Concern;AK74,AK-74M
ak-12;ak-12;AK-12;SA;RUS;Kalashnikov Concern;AK12,AK-103,AK-15
m16;m16;M16 rifle;SA;USA;Colt;M16A4,M16A2,M16 rifles
m4-carbine;m4-carbine;M4 carbine;SA;USA;Colt;M4A1 carbine,M4 rifles
hk416;hk416;Heckler & Koch HK416;SA;DEU;Heckler & Koch;HK416,HK-416
g36;g36;Heckler & Koch G36;SA;DEU;Heckler & Koch;G36 rifle,HK G36
fn-scar;fn-scar;FN SCAR;SA;BEL;FN Herstal;SCAR-L,SCAR-H,FN SCAR-L
tavor;tavor;IWI Tavor;SA;ISR;Israel Weapon Industries;Tavor,TAR-21,X95
galil;galil;IWI Galil;SA;ISR;Israel Weapon Industries;Galil ACE,Galil rifle
negev;negev;IWI Negev;SA;ISR;Israel Weapon Industries;Negev machine gun,Negev NG7
pkm;pkm;PK machine gun;SA;RUS;Degtyarev;PKM,PKP Pecheneg,Pecheneg
dshk;dshk;DShK;SA;RUS;Degtyarev;DShK machine gun,DShKM
m2-browning;m2-browning;M2 Browning machine gun;SA;USA;General Dynamics;M2HB,Browning M2,Ma Deuce,.50 caliber M2
m240;m240;M240 machine gun;SA;USA;FN America;M240B,M240L,M240H
m249;m249;M249 SAW;SA;USA;FN America;M249 squad automatic weapon,FN Minimi,Minimi
mk-19-grenade;mk-19-grenade-launcher;Mk 19 grenade launcher;SA;USA;General Dynamics;Mk 19 automatic grenade launcher,MK19 grenade launcher
m24-sws;m24-sws;M24 sniper weapon system;SA;USA;Remington;M24 SWS,M24 sniper rifle
rpg-7;rpg-7;RPG-7;SA;RUS;Bazalt;RPG-7V,RPG-7V2
rpg-29;rpg-29;RPG-29 Vampir;SA;RUS;Bazalt;RPG-29
at4;at4;AT4;SA;SWE;Saab;AT-4 launcher,M136 AT4,AT4CS
carl-gustaf;carl-gustaf;Carl-Gustaf;SA;SWE;Saab;Carl Gustaf,M4 Carl-Gustaf,M3 Carl-Gustaf,Carl Gustav,MAAWS,M3E1
panzerfaust-3;panzerfaust-3;Panzerfaust 3;SA;DEU;Dynamit Nobel Defence;Panzerfaust 3,Pzf 3,RGW 90
m72-law;m72-law;M72 LAW;SA;USA;Nammo Talley;M72 LAW,M72A7,M72 rocket
"""

# ---------------------------------------------------------------------------
# Everything below derives rows from the shared reference data and merges
# them with the hand-written list above.
# ---------------------------------------------------------------------------

CATEGORY_CODES = {
    "SAM": "surface-to-air missile system",
    "FTR": "fighter aircraft",
    "ATK": "ground attack aircraft",
    "BMB": "bomber aircraft",
    "TRN": "transport aircraft",
    "TKR": "tanker aircraft",
    "MPA": "maritime patrol aircraft",
    "AEW": "airborne early warning aircraft",
    "RCN": "reconnaissance aircraft",
    "TRA": "trainer aircraft",
    "HEL": "helicopter",
    "UAV": "unmanned aerial vehicle",
    "TNK": "tank",
    "AFV": "armoured vehicle",
    "ART": "artillery",
    "MRL": "multiple rocket launcher",
    "BM": "ballistic missile",
    "CM": "cruise missile",
    "ASHM": "anti-ship missile",
    "AAM": "air-to-air missile",
    "ASM": "air-to-surface missile",
    "ATGM": "anti-tank missile",
    "BOMB": "guided bomb",
    "SHIP": "surface ship",
    "SUB": "submarine",
    "NAV": "naval weapon",
    "RDR": "radar",
    "SEN": "sensor",
    "ENG": "engine",
    "SA": "small arms",
    "OTH": "other",
}

# SIPRI supplier names -> ISO 3166 alpha-3 of the state.  Soviet Union is
# recorded as RUS (README: Soviet designs are RUS); other defunct states map
# to their successor (Czechoslovakia -> CZE, Yugoslavia -> SRB, GDR -> DEU).
COUNTRY = {
    "Albania": "ALB", "Algeria": "DZA", "Angola": "AGO", "Argentina": "ARG",
    "Armenia": "ARM", "Aruba": "ABW", "Australia": "AUS", "Austria": "AUT",
    "Bahamas": "BHS", "Bahrain": "BHR", "Bangladesh": "BGD", "Belarus": "BLR",
    "Belgium": "BEL", "Bosnia-Herzegovina": "BIH", "Brazil": "BRA",
    "Brunei": "BRN", "Bulgaria": "BGR", "Cambodia": "KHM", "Canada": "CAN",
    "Chad": "TCD", "Chile": "CHL", "China": "CHN", "Colombia": "COL",
    "Comoros": "COM", "Costa Rica": "CRI", "Cote d'Ivoire": "CIV",
    "Croatia": "HRV", "Cuba": "CUB", "Cyprus": "CYP", "Czechia": "CZE",
    "Czechoslovakia": "CZE", "DR Congo": "COD", "Denmark": "DNK",
    "Dominican Republic": "DOM", "East Germany (GDR)": "DEU", "Ecuador": "ECU",
    "Egypt": "EGY", "Eritrea": "ERI", "Estonia": "EST", "Ethiopia": "ETH",
    "Fiji": "FJI", "Finland": "FIN", "France": "FRA", "Gabon": "GAB",
    "Georgia": "GEO", "Germany": "DEU", "Ghana": "GHA", "Greece": "GRC",
    "Guatemala": "GTM", "Guyana": "GUY", "Hungary": "HUN", "Iceland": "ISL",
    "India": "IND", "Indonesia": "IDN", "Iran": "IRN", "Iraq": "IRQ",
    "Ireland": "IRL", "Israel": "ISR", "Italy": "ITA", "Japan": "JPN",
    "Jordan": "JOR", "Kazakhstan": "KAZ", "Kenya": "KEN", "Kuwait": "KWT",
    "Kyrgyzstan": "KGZ", "Latvia": "LVA", "Lebanon": "LBN", "Libya": "LBY",
    "Libya HoR*": "LBY", "Lithuania": "LTU", "Luxembourg": "LUX",
    "Malawi": "MWI", "Malaysia": "MYS", "Malta": "MLT", "Mexico": "MEX",
    "Moldova": "MDA", "Montenegro": "MNE", "Morocco": "MAR",
    "Mozambique": "MOZ", "Netherlands": "NLD", "New Zealand": "NZL",
    "Nicaragua": "NIC", "Niger": "NER", "Nigeria": "NGA", "North Korea": "PRK",
    "North Macedonia": "MKD", "North Yemen": "YEM", "Norway": "NOR",
    "Oman": "OMN", "Pakistan": "PAK", "Panama": "PAN", "Peru": "PER",
    "Philippines": "PHL", "Poland": "POL", "Portugal": "PRT", "Qatar": "QAT",
    "Romania": "ROU", "Russia": "RUS", "Saudi Arabia": "SAU", "Senegal": "SEN",
    "Serbia": "SRB", "Seychelles": "SYC", "Singapore": "SGP", "Slovakia": "SVK",
    "Slovenia": "SVN", "South Africa": "ZAF", "South Korea": "KOR",
    "South Vietnam": "VNM", "South Yemen": "YEM", "Soviet Union": "RUS",
    "Spain": "ESP", "Sri Lanka": "LKA", "Sudan": "SDN", "Sweden": "SWE",
    "Switzerland": "CHE", "Syria": "SYR", "Taiwan": "TWN", "Thailand": "THA",
    "Turkiye": "TUR", "UAE": "ARE", "Uganda": "UGA", "Ukraine": "UKR",
    "United Kingdom": "GBR", "United States": "USA", "Uruguay": "URY",
    "Uzbekistan": "UZB", "Venezuela": "VEN", "Viet Nam": "VNM",
    "Yugoslavia": "SRB", "Zambia": "ZMB", "Zimbabwe": "ZWE",
}
# Suppliers that are not states (rebel groups, organisations) never give an origin.
NON_STATE_SUPPLIERS = {
    "unknown supplier(s)", "European Union**", "United Nations**",
    "FMLN (El Salvador)*", "Mujahedin (Afghanistan)*",
}

ORYX_COUNTRY = {
    "the Soviet Union": "RUS", "Russia": "RUS", "Italy": "ITA",
    "the Czech Republic": "CZE", "Iran": "IRN", "Israel": "ISR", "Poland": "POL",
}

# SIPRI weapon descriptions -> catalog category.
DESC_CATEGORY = {
    "AA gun": "artillery", "AA gun system": "artillery",
    "AA gun/SAM system": "surface-to-air missile system",
    "anti-aircraft gun": "artillery", "self-propelled AA gun": "artillery",
    "self-propelled AA gun turret": "artillery",
    "self-propelled AD system": "surface-to-air missile system",
    "AALS": "surface ship",
    "ABM missile": "surface-to-air missile system",
    "ABM system": "surface-to-air missile system",
    "ABM/SAM system": "surface-to-air missile system",
    "SAM": "surface-to-air missile system", "SAM system": "surface-to-air missile system",
    "SAM/ABM": "surface-to-air missile system",
    "mobile SAM system": "surface-to-air missile system",
    "naval SAM system": "surface-to-air missile system",
    "portable SAM": "surface-to-air missile system",
    "BVRAAM/SAM": "surface-to-air missile system",
    "SAM system radar": "radar",
    "AEV": "armoured vehicle", "AEV/ARV": "armoured vehicle", "AFSV": "armoured vehicle",
    "ALV": "armoured vehicle", "AMV": "armoured vehicle", "APC": "armoured vehicle",
    "APC/APV": "armoured vehicle", "APC/CP": "armoured vehicle",
    "APC/IFV": "armoured vehicle", "APV": "armoured vehicle", "ARV": "armoured vehicle",
    "IFV": "armoured vehicle", "IFV/AFSV": "armoured vehicle",
    "armoured bridgelayer": "armoured vehicle", "armoured car": "armoured vehicle",
    "reconnaissance AV": "armoured vehicle", "tank destroyer": "armoured vehicle",
    "APC turret": "armoured vehicle", "IFV turret": "armoured vehicle",
    "anti-tank AV turret": "armoured vehicle",
    "tank": "tank", "light tank": "tank", "training tank": "tank",
    "tank chassis": "tank", "tank turret": "tank",
    "AEW aircraft": "airborne early warning aircraft",
    "AEW&C aircraft": "airborne early warning aircraft",
    "AEW/AGS aircraft": "airborne early warning aircraft",
    "AGS aircraft": "reconnaissance aircraft", "SIGINT aircraft": "reconnaissance aircraft",
    "reconnaissance aircraft": "reconnaissance aircraft",
    "reconnaissance/SIGINT aircraft": "reconnaissance aircraft",
    "ASW aircraft": "maritime patrol aircraft",
    "maritime patrol aircraft": "maritime patrol aircraft",
    "FGA aircraft": "fighter aircraft", "FGA/EW aircraft": "fighter aircraft",
    "fighter aircraft": "fighter aircraft",
    "ground attack aircraft": "ground attack aircraft",
    "bomber aircraft": "bomber aircraft",
    "trainer aircraft": "trainer aircraft", "trainer/combat aircraft": "trainer aircraft",
    "light/trainer aircraft": "trainer aircraft", "trainer/light aircraft": "trainer aircraft",
    "transport/trainer aircraft": "transport aircraft",
    "transport aircraft": "transport aircraft", "light transport aircraft": "transport aircraft",
    "heavy transport aircraft": "transport aircraft", "light aircraft": "transport aircraft",
    "target tow aircraft": "other", "airship": "other",
    "transport ac/helicopter": "transport aircraft",
    "tanker/transport aircraft": "tanker aircraft",
    "ASW Helicopter": "helicopter", "ASW helicopter": "helicopter",
    "AEW helicopter": "helicopter", "anti-ship helicopter": "helicopter",
    "combat helicopter": "helicopter", "helicopter": "helicopter",
    "light helicopter": "helicopter", "transport helicopter": "helicopter",
    "SIGINT helicopter": "helicopter", "helicopter turret": "other",
    "UAV": "unmanned aerial vehicle", "armed UAV": "unmanned aerial vehicle",
    "maritime patrol UAV": "unmanned aerial vehicle",
    "light aircraft/UAV": "unmanned aerial vehicle",
    "loitering munition": "unmanned aerial vehicle",
    "BVRAAM": "air-to-air missile", "SRAAM": "air-to-air missile",
    "SSM": "ballistic missile", "SSM launcher": "ballistic missile",
    "SSM TEL": "ballistic missile", "SLBM": "ballistic missile",
    "SSM/ASM": "anti-tank missile",
    "land-attack missile": "cruise missile",
    "anti-ship missile": "anti-ship missile", "anti-ship missile/ASM": "anti-ship missile",
    "anti-ship missile/ASM/SAM": "anti-ship missile",
    "anti-ship missile/SSM": "anti-ship missile",
    "anti-ship/land-attack missile": "anti-ship missile",
    "anti-ship/anti-radar missile": "anti-ship missile",
    "SSM/anti-ship missile": "anti-ship missile",
    "coastal defence system": "anti-ship missile",
    "ASM": "air-to-surface missile", "anti-radar missile": "air-to-surface missile",
    "anti-radar missile/ASM": "air-to-surface missile",
    "guided rocket/ASM": "air-to-surface missile",
    "anti-tank missile": "anti-tank missile", "anti-tank missile/ASM": "anti-tank missile",
    "guided bomb": "guided bomb", "guided glide bomb": "guided bomb",
    "guided shell": "artillery", "guided rocket": "multiple rocket launcher",
    "guided rocket/SSM": "multiple rocket launcher",
    "towed gun": "artillery", "self-propelled gun": "artillery", "mortar": "artillery",
    "self-propelled mortar": "artillery", "self-propelled gun chassis": "artillery",
    "SPG turret": "artillery", "mortar turret": "artillery",
    "coastal defence gun": "artillery",
    "self-propelled MRL": "multiple rocket launcher", "towed MRL": "multiple rocket launcher",
    "ASW missile": "naval weapon", "ASW MRL": "naval weapon", "ASW mortar": "naval weapon",
    "ASW rocket launcher": "naval weapon", "ASW torpedo": "naval weapon",
    "anti-ship torpedo": "naval weapon", "anti-ship/ASW torpedo": "naval weapon",
    "naval gun": "naval weapon", "naval mine/torpedo": "naval weapon",
    "naval MRL": "naval weapon",
    "submarine": "submarine", "midget submarine": "submarine",
    "nuclear submarine": "submarine", "SSB": "submarine",
    "air search radar": "radar", "AEW radar": "radar", "AGS radar": "radar",
    "AGS/MP aircraft radar": "radar", "MP aircraft radar": "radar",
    "combat aircraft radar": "radar", "combat heli radar": "radar",
    "fire control radar": "radar", "height-finding radar": "radar",
    "multi-function radar": "radar", "multi-role radar": "radar",
    "sea search radar": "radar", "air/sea search radar": "radar",
    "air/ground surv radar": "radar", "artillery locating radar": "radar",
    "ground surv radar": "radar",
    "ASW sonar": "sensor", "submarine sonar": "sensor", "EO system": "sensor",
    "aircraft EO system": "sensor", "aircraft EO/radar system": "sensor",
    "aircraft recce system": "sensor", "air search system": "sensor",
    "SIGINT system": "sensor", "AGS/SIGINT system": "sensor",
    "EO search/fire control": "sensor", "Naval EO system": "sensor",
    "recce satellite": "other", "surveillance satellite": "other",
    "turbofan": "engine", "turbojet": "engine", "turboprop": "engine",
    "gas turbine": "engine", "AIP engine": "engine", "aircraft engine": "engine",
    "ship engine": "engine", "vehicle engine": "engine", "nuclear reactor": "engine",
    "air refuel system": "other",
}
SHIP_DESCRIPTIONS = {
    "FAC": "fast attack craft", "OPV": "offshore patrol vessel",
    "OPV/support ship": "offshore patrol vessel", "OPV/training ship": "offshore patrol vessel",
    "OPV/tug": "offshore patrol vessel", "patrol craft": "patrol craft",
    "patrol craft/transport craft": "patrol craft", "landing/patrol craft": "landing craft",
    "corvette": "corvette", "corvette/minesweeper": "corvette", "frigate": "frigate",
    "frigate/landing ship": "frigate", "destroyer": "destroyer", "cruiser": "cruiser",
    "aircraft carrier": "aircraft carrier", "AALS": "amphibious assault ship",
    "landing ship": "landing ship", "landing craft": "landing craft",
    "support/landing ship": "landing ship", "MCM ship": "mine countermeasures vessel",
    "minehunter": "minehunter", "minelayer": "minelayer", "minesweeper": "minesweeper",
    "replenishment ship": "replenishment ship", "replenishment tanker": "replenishment tanker",
    "support ship": "support ship", "support craft": "support craft",
    "survey ship": "survey ship", "tanker": "tanker", "tug": "tug",
    "icebreaker": "icebreaker", "icebreaker/OPV": "icebreaker",
    "training ship": "training ship", "cargo ship": "cargo ship", "cargo craft": "cargo craft",
    "salvage ship": "salvage ship", "SIGINT ship": "intelligence ship", "gunboat": "gunboat",
    "transport ship": "transport ship", "transport craft": "transport craft",
    "submarine": "submarine", "midget submarine": "midget submarine",
    "nuclear submarine": "nuclear submarine", "SSB": "ballistic missile submarine",
}
for _d in SHIP_DESCRIPTIONS:
    DESC_CATEGORY.setdefault(_d, "surface ship")

# SIPRI designations that name a kind of equipment rather than a system: no
# row (GUIDE.md: generic mentions have no family).
GENERIC_DESIGNATIONS = {
    "aircraft engine", "ship engine", "vehicle engine", "air refuel system",
    "air-independent ship engine",
}

# Category corrections where the SIPRI description is too coarse (SSM covers
# both ballistic and cruise missiles; some entries are mislabelled for us).
CATEGORY_OVERRIDES = {
    "3M-14E Club": "cruise missile", "BGM-109 Tomahawk": "cruise missile",
    "Shahed-136": "unmanned aerial vehicle", "Nimrod": "cruise missile",
    "Quds": "cruise missile", "M-113 Spike-NLOS": "anti-tank missile",
    "SandCat Spike-LR": "anti-tank missile", "SandCat Spike-NLOS": "anti-tank missile",
    "Nazeat N-10": "multiple rocket launcher", "Luna/FROG": "ballistic missile",
    "Kh-55": "cruise missile", "PJ-10 BrahMos": "cruise missile",
    "PJ-10 BrahMos-A": "cruise missile", "Storm Shadow/SCALP-EG": "cruise missile",
    "Taurus KEPD-350": "cruise missile", "AGM-158A JASSM": "cruise missile",
    "AGM-158B JASSM-ER": "cruise missile", "SOM": "cruise missile",
    "Rubezh/SS-C-3": "anti-ship missile", "Khrizantema": "anti-tank missile",
    "Tamir": "surface-to-air missile system", "Aspide": "surface-to-air missile system",
    "Meteor": "air-to-air missile", "V-22 Osprey": "transport aircraft",
    "C-RAM/Centurion": "artillery", "Mk-41 VLS": "naval weapon",
    "Mk-56 VLS": "naval weapon", "Mk-48 GMVLS": "naval weapon",
    "Mk-29 IBPDMS": "naval weapon", "Mk-74 Tartar GMFCS": "naval weapon",
    "MK-10 Terrier": "naval weapon", "Barak-1 VLS": "surface-to-air missile system",
    "Umkhonto VLS": "surface-to-air missile system",
    "ZIF-22": "surface-to-air missile system", "3K37": "surface-to-air missile system",
}

# Origin (designing state) corrections where the first supplier in SIPRI is a
# licensee, a re-exporter or a producer abroad.
ORIGIN_OVERRIDES = {
    "PJ-10 BrahMos": "IND", "PJ-10 BrahMos-A": "IND", "Jericho-1": "ISR",
    "K-1 ROKIT": "KOR", "K-1 chassis": "KOR", "K-1A1": "KOR", "Type-VIIC": "DEU",
    "Type-XXIII": "DEU", "Namer": "ISR", "Iron Dome": "ISR", "Eagle": "CHE", "Type-2150": "GBR", "Tornado IDS Radar": "USA",
    "Daphné": "FRA", "Su-35S": "RUS", "Bü-181 Bestmann": "DEU",
    "Fi-156 Storch": "DEU", "PzKpfw-IVF2": "DEU", "StuG-IIIG": "DEU",
    "PzJ-38(t) Hetzer": "DEU", "Ju-52/3m": "DEU", "Jagdpanzer-IV": "DEU",
    "Harpoon Block-1": "USA", "Harpoon Block-2": "USA", "R-Boot": "DEU",
    "S-38/S-Boot": "DEU", "M/42 SKPF": "SWE", "Hunter": "GBR",
    "Gnat": "GBR", "Lynx": "GBR", "Pioneer": "ISR", "Scout": "ISR",
    "Heron": "ISR", "Meteor": "GBR", "Mistral": "FRA", "Osa": "RUS",
    "Roland": "FRA", "Piranha": "CHE", "Piranha-3": "CHE", "AIFV": "USA",
    "AIFV-APC": "USA", "AIFV-TOW": "USA", "T-34 Mentor": "USA",
    "F-104G Starfighter": "USA", "Bell-205/UH-1H": "USA", "Bell-205/UH-1D": "USA",
    "Bell-204B/UH-1B": "USA", "Bell-212/UH-1N": "USA", "Bell-412": "USA",
    "Bell-47/OH-13": "USA", "Bell-206/OH-58": "USA", "AB-204AS": "USA",
    "AB-212ASW": "USA", "Model-300": "USA", "S-61/H-3A Sea King": "USA",
    "SH-3D Sea King": "USA", "SH-3H Sea King": "USA", "S-58/H-34": "USA",
    "S-55": "USA", "S-55 Whirlwind-10": "USA", "S-51/H-5F": "USA",
    "Sea King HAR-3": "USA", "Sea King HAS-1": "USA", "Sea King HAS-5": "USA",
    "Sea King HAS-6": "USA", "Sea King Mk-41": "USA", "Sea King/Commando": "USA",
    "Wessex": "USA", "Wessex HAS-1": "USA", "Hughes-500D/MD": "USA",
    "Hughes-500/OH-6A": "USA", "T-33A Shooting Star": "USA", "F-86 Sabre": "USA",
    "C-47 Skytrain": "USA", "DC-4/C-54": "USA", "PC-6 Turbo Porter": "CHE",
    "MIM-23B HAWK": "USA", "Seacat": "GBR", "RBS-70": "SWE", "Mi-2": "RUS",
    "An-28TD Bryza-1TD": "RUS", "M28 Skytruck": "POL", "L-410 Turbolet": "CZE",
    "TS-11 Iskra": "POL", "Mi-24V/Mi-35": "RUS", "Mi-17": "RUS", "Mi-8T": "RUS",
    "Project-133/Parchim": "DEU", "Porject-133/Parchim-2": "DEU",
    "SA-316B Alouette-3": "FRA", "SA-330 Puma": "FRA", "SA-313B Alouette-2": "FRA",
    "AS-350/AS-550 Fennec": "FRA", "AS365/AS565 Panther": "FRA",
    "AS-532 Cougar": "FRA", "H725 Caracal": "FRA", "C-212": "ESP",
    "CN-235": "ESP", "C-295": "ESP", "EMB-312 Tucano": "BRA", "PC-7 Turbo Trainer": "CHE",
    "PC-9": "CHE", "SF-260": "ITA", "Alpha Jet": "FRA", "CM-170 Magister": "FRA",
    "Noratlas": "FRA", "Atlantic": "FRA", "Mirage-3E": "FRA", "Mirage-5": "FRA",
    "F-5A Freedom Fighter": "USA", "F-5E Tiger-2": "USA",
    "F-16C": "USA", "F-16A": "USA", "AIM-9L Sidewinder": "USA",
    "AIM-9L/I Sidewinder": "USA", "AIM-9B Sidewinder": "USA",
    "AIM-120A AMRAAM": "USA", "AIM-120B AMRAAM": "USA", "AIM-120C AMRAAM": "USA",
    "AIM-7E Sparrow": "USA", "AIM-7M Sparrow": "USA", "AGM-65 Maverick": "USA",
    "AGM-114 Hellfire": "USA", "FGM-148 Javelin": "USA", "BGM-71 TOW": "USA",
    "Stinger": "USA", "Redeye": "USA", "M-113": "USA", "M-109A1 155mm": "USA",
    "M-109A5 155mm": "USA", "M-101A1 105mm": "USA", "M-114 155mm": "USA",
    "M-47 Patton": "USA", "M-48 Patton": "USA", "M-48A5 Patton": "USA",
    "M-4 Sherman": "USA", "M-41 Walker Bulldog": "USA", "M-270 MLRS 227mm": "USA",
    "GMLRS": "USA", "Paveway": "USA", "MIM-104 PAC-2": "USA",
    "Leopard-2A4": "DEU", "Leopard-1A1": "DEU", "Leopard-2A6": "DEU",
    "Leopard-2A5": "DEU", "Marder-1A3": "DEU", "Gepard": "DEU",
    "MILAN": "FRA", "HOT": "FRA", "HOT-3": "FRA", "Exocet CDS": "FRA",
    "M-46 130mm": "RUS", "D-30 122mm": "RUS", "D-20 152mm": "RUS", "BM-21 Grad 122mm": "RUS",
    "BMP-1": "RUS", "BMP-2": "RUS", "BTR-80": "RUS", "BTR-70": "RUS", "BTR-60PB": "RUS",
    "BTR-60P": "RUS", "BTR-50": "RUS", "BTR-40": "RUS", "BTR-152": "RUS",
    "BRDM-2": "RUS", "BRDM-1": "RUS", "MT-LB": "RUS", "T-72": "RUS",
    "T-72M1": "RUS", "T-72B": "RUS", "T-55": "RUS", "T-55AM-2": "RUS", "T-54": "RUS",
    "T-62": "RUS", "T-34-85": "RUS", "2S1 122mm": "RUS", "2S3 152mm": "RUS",
    "2S7 Pion 203mm": "RUS", "2A36 Giatsint-B 152mm": "RUS", "2A65 MSTA-B 152mm": "RUS",
    "Strela-2": "RUS", "Strela-3": "RUS", "Strela-10": "RUS", "Igla": "RUS",
    "Igla-1": "RUS", "Fagot": "RUS", "Konkurs": "RUS", "Malyutka": "RUS",
    "9M114 Kokon": "RUS", "9M115 Metis": "RUS", "Kornet": "RUS", "Metis-M": "RUS",
    "9M33": "RUS", "3M9": "RUS", "Kvadrat": "RUS", "V-601": "RUS", "V-750": "RUS",
    "S-125 Pechora": "RUS", "S-75 Dvina": "RUS", "S-200": "RUS", "R-27R/T": "RUS",
    "R-73": "RUS", "R-60": "RUS", "R-77": "RUS", "Kh-25M": "RUS", "Kh-29": "RUS",
    "Kh-59M Ovod-M": "RUS", "Kh-55": "RUS", "R-17 Elbrus": "RUS", "Su-22": "RUS",
    "Su-25": "RUS", "Su-27S": "RUS", "MiG-29": "RUS", "MiG-29S": "RUS",
    "MiG-21MF": "RUS", "MiG-21bis": "RUS", "MiG-21PFM": "RUS", "MiG-23MS": "RUS",
    "MiG-23ML": "RUS", "L-39C Albatros": "CZE", "L-39Z Albatros": "CZE",
    "L-29 Delfin": "CZE", "Il-76M": "RUS", "Il-78M": "RUS", "An-12": "RUS",
    "An-26": "RUS", "An-32": "RUS", "An-24": "RUS", "An-72A": "RUS", "An-74": "RUS",
    "An-124": "RUS", "Mi-24D/Mi-25": "RUS", "Mi-24P/Mi-35P": "RUS", "Mi-26": "RUS",
    "ZSU-23-4 Shilka": "RUS", "TEST-71": "RUS", "53-65": "RUS", "SET-65 Yenot-2": "RUS",
    "AK-630 30mm": "RUS", "AK-176 76mm": "RUS", "P-15": "RUS", "P-15M": "RUS",
    "Project-205": "RUS", "Project-877E": "RUS", "Zubr": "RUS", "RD-33": "RUS",
    "AI-25": "UKR", "DT-59": "UKR", "Kolchuga": "UKR", "R-2": "UKR",
    "T-12 100mm/2A19": "RUS", "BS-3 100mm": "RUS", "PM-43 120mm": "RUS",
    "2B11 120mm": "RUS", "KS-19 100mm": "RUS", "M-30 122mm": "RUS",
    "ST-68": "RUS", "P-40": "RUS", "P-12": "RUS", "PRV-9": "RUS", "PRV-11": "RUS",
    "Luna/FROG": "RUS", "Lentra": "RUS", "Okean": "RUS", "Project-771": "RUS",
    "Project-775": "RUS", "Project-123": "RUS", "Project-183": "RUS",
    "Project-254": "RUS", "Project-106K": "RUS", "Project-300": "RUS",
    "Project-1241": "RUS", "Hvidbjornen": "DNK", "Kuznetsov": "RUS", "Talwar": "RUS",
    "Gepard-3": "RUS", "Project-956/Sovremenny": "RUS", "Project-971I": "RUS",
    "Project-636E": "RUS", "Bastion": "FRA",
    "Typhoon": "CAN", "Typhoon Block-20": "GBR", "Typhoon Block-5": "GBR",
    "Typhoon Block-8": "GBR", "Tornado ADV": "GBR", "Tornado IDS": "GBR",
    "EJ-200": "GBR", "AW101": "ITA", "NH-90 TTH": "FRA", "NH-90 NFH": "FRA",
    "NF-90 NFH": "FRA", "FH-70 155mm": "GBR", "Storm Shadow/SCALP-EG": "GBR",
    "ASTER-15 SAAM": "FRA", "ASTER-30": "FRA", "SAMP/T": "FRA", "FREMM": "FRA",
    "Tripartite": "FRA", "MU-90 IMPACT": "FRA", "Spada": "ITA",
    "Aspide": "ITA", "Skyguard": "CHE", "Super-Fledermaus": "CHE",
    "GDF 35mm": "CHE", "Skyshield-35": "CHE", "Crotale": "FRA", "R-440 Crotale": "FRA",
    "Python-3": "ISR", "Harop": "ISR", "Searcher": "ISR", "Hermes-450": "ISR",
    "Litening": "ISR", "Spike-MR/LR": "ISR", "Kirpi": "TUR", "Cobra": "TUR",
    "Commando V-150": "USA", "Caiman": "USA", "MaxxPro": "USA", "M-ATV": "USA",
    "Cougar": "USA", "RG-31 Nyala": "ZAF", "Casspir": "ZAF", "Ratel-20": "ZAF",
    "Buffel": "ZAF", "Mamba": "ZAF", "Saladin": "GBR", "Ferret": "GBR",
    "Saracen": "GBR", "Shorland": "GBR", "Spartan": "GBR", "AT-105 Saxon": "GBR",
    "L-118 105mm": "GBR", "UFH/M-777 155mm": "GBR", "Rapier": "GBR",
    "Blindfire": "GBR", "Starstreak": "GBR", "Javelin": "GBR", "Blowpipe": "GBR",
    "Centurion-3": "GBR", "Centurion ARV": "GBR", "Chieftain Mk-3": "GBR",
    "Chieftain Mk-5": "GBR", "Vampire FB-5": "GBR", "Vampire T-55": "GBR",
    "Strikemaster": "GBR", "Jet Provost": "GBR", "BN-2 Islander": "GBR",
    "Canberra B(I)-8": "GBR", "Canberra B-2": "GBR", "Canberra B-57B": "GBR",
    "Canberra RB-57D": "GBR", "Auster AOP": "GBR", "DHC-2 Beaver": "CAN",
    "DHC-3 Otter": "CAN", "DHC-4 Caribou": "CAN", "DHC-5 Buffalo": "CAN",
    "DHC-1 Chipmunk": "CAN", "Cessna-337/O-2": "USA", "Cessna-180 Skywagon": "USA",
    "Cessna-172": "USA", "Cessna-208 Caravan": "USA", "Cessna-150/Cessna-152": "USA",
    "Cessna-U206": "USA", "O-1/L-19 Bird Dog": "USA", "PA-18 Super Cup": "USA",
    "T-6 Texan": "USA", "Beech-18/C-45": "USA", "King Air": "USA",
    "Boeing-707": "USA", "C-119 Packet": "USA", "C-130H Hercules": "USA",
    "C-130B Hercules": "USA", "C-130E Hercules": "USA", "C-130J Hercules": "USA",
    "HU-16B Albatross": "USA", "PBY-5A Catalina": "USA", "P-51D Mustang": "USA",
    "B-25 Mitchell": "USA", "B-26 Invader": "USA", "A-1 Skyraider": "USA",
    "A-37B Dragonfly": "USA", "A-4E Skyhawk": "USA", "A-4M Skyhawk-2": "USA",
    "F-84F Thunderstreak": "USA", "F-84 Thunderjet": "USA",
    "F-86D Sabre": "USA", "F-100D Super Sabre": "USA", "F-104A Starfighter": "USA",
    "F-104J Starfighter": "USA", "F-101B Voodoo": "USA",
    "P-2E Neptune": "USA", "P-2H Neptune": "USA", "P-3B Orion": "USA",
    "P-3C Orion Update-2.5": "USA", "P-3CUP Orion": "USA", "S-2A Tracker": "USA",
    "S-2E Tracker": "USA", "KC-135 Stratotanker": "USA", "E-2C Hawkeye": "USA",
    "E-3A Sentry": "USA", "KC-10A Extender": "USA", "CH-47C Chinook": "USA",
    "Hiller-12/OH-23 Raven": "USA", "MD-500E": "USA", "Hughes-500M/ASW": "USA",
    "Vertol-107/CH-46": "USA", "Vertol-107/CH-46A": "USA", "S-65A/CH-53 Stallion": "USA",
    "S-70 Black Hawk": "USA", "S-76": "USA", "LCT Mk-6": "USA", "LCI(L)": "USA",
    "LST-1": "USA", "LSM": "USA", "PC-461": "USA", "SC-497": "USA", "LSSL": "USA",
    "Fletcher": "USA", "Adjutant": "USA", "Aggressive": "USA", "YMS": "USA",
    "M-1940": "RUS", "Cohoes": "USA", "Edenton": "USA", "PC-1604": "USA",
    "Sotoyomo/ATA": "USA", "Auk": "USA", "Admirable": "USA", "Perry": "USA",
    "Knox": "USA", "Mk-44": "USA", "Mk-37": "USA",
    "Mk-46": "USA", "Mk-15 Phalanx": "USA", "Compact 76mm": "ITA",
    "Compact 40L70": "ITA", "Super Rapid 76mm": "ITA", "Otomat-2": "ITA",
    "A244": "ITA", "Model-56 105mm": "ITA", "M-101/33 105mm": "USA",
    "M-101/30": "USA", "Goalkeeper": "NLD", "WM-20": "NLD", "STIR": "NLD",
    "SMART": "NLD", "DA-08": "NLD", "LW-08": "NLD", "Flycatcher": "NLD",
    "MW-08": "NLD", "Variant": "NLD", "M-44": "NLD", "M-45": "NLD", "MIRADOR": "NLD",
    "LIROD": "NLD", "Reporter": "NLD", "Scanter-4100": "DNK",
    "Giraffe-40": "SWE", "Giraffe AMB": "SWE", "ARTHUR": "SWE", "9LV": "SWE",
    "CEROS-200": "SWE", "RBS-15M": "SWE", "NLAW": "SWE",
    "CV-90": "SWE", "Bv-206S": "SWE", "BvS-10": "SWE", "Erieye": "SWE",
    "XA-180": "FIN", "AMV": "FIN", "Pandur": "AUT", "Pandur-2": "AUT",
    "Dingo-2": "DEU", "LMV": "ITA", "Tpz-1 Fuchs": "DEU", "UR-416": "DEU", "Fennek": "DEU", "Boxer": "DEU", "TAM": "ARG",
    "Type-209/1400": "DEU", "Type-209/1200": "DEU", "Dolphin/Type-800": "DEU",
    "Scorpene": "FRA", "Agosta": "FRA", "Daphne": "DNK", "Collins": "SWE",
    "ASTROS-2": "BRA", "EE-9 Cascavel": "BRA", "EE-11 Urutu": "BRA",
    "EMB-314 Super Tucano": "BRA", "EMB-110 Bandeirante": "BRA",
    "Arava": "ISR", "Kfir C-2": "ISR", "Kfir C-7": "ISR", "Nesher": "ISR",
    "Shafrir-2": "ISR", "Derby": "ISR", "Python-4": "ISR", "Python-5": "ISR",
    "Gabriel-2": "ISR", "Popeye": "ISR", "Aerostar": "ISR", "Hermes-900": "ISR",
    "Heron-TP": "ISR", "Orbiter-3": "ISR", "EL/M-2022": "ISR", "EL/M-2032": "ISR",
    "Wing Loong-1": "CHN", "FN-6": "CHN", "HN-5": "CHN", "HN-5A": "CHN",
    "QW-1 Vanguard": "CHN", "Red Arrow-8": "CHN", "Type-63 107mm": "CHN",
    "Type-59-1 130mm": "CHN", "Type-62": "CHN", "Type-037": "CHN",
    "Y-12": "CHN", "K-8": "CHN", "JF-17 Thunder": "CHN", "F-6": "CHN",
    "F-7 Skybolt": "CHN", "F-7M Airguard": "CHN", "F-7MG": "CHN", "J-7": "CHN",
    "FT-5": "CHN", "CJ-6": "CHN", "C-802": "CHN", "C-701/FL-8": "CHN",
    "Hwasong-6": "PRK", "M-1985 240mm": "PRK", "Peykaap": "IRN", "Tir": "IRN",
    "Fateh-110": "IRN", "Malkara-1": "AUS", "Ikara": "AUS", "Nomad": "AUS",
    "Bushmaster": "AUS", "Penguin-2": "NOR", "NASAMS-2": "NOR", "NSM": "NOR",
    "IRIS-T": "DEU", "Camcopter S-100": "AUT", "Sperwer": "FRA",
    "Type-6614": "ITA", "Puma": "ITA", "Centauro": "ITA", "Orion RTN-10X": "ITA",
    "Otomat-1": "ITA", "Lupo": "ITA", "Mk-24 Tigerfish": "GBR", "Sting Ray": "GBR",
    "Seawolf": "GBR", "Sea Skua": "GBR", "MM-38 Exocet": "FRA",
    "Iron Dome": "ISR", "THAAD": "USA", "Patriot": "USA", "Patriot Configuration-3": "USA",
    "HAWK": "USA", "I-HAWK": "USA", "MIM-14 Nike Hercules": "USA",
    "Nike Ajax/Hercules": "USA", "ESSM": "USA", "RIM-116A RAM": "USA",
    "RIM-66B Standard-1MR": "USA", "Standard Missile-2MR": "USA",
    "RBS-70 Mk-3 Bolide": "SWE", "Mistral": "FRA",
    "K-9": "KOR", "K-9 Thunder 155mm": "KOR", "PzH-2000 155mm": "DEU",
    "Leopard-1V": "DEU", "Leopard-2": "DEU", "Leopard-1 chassis": "DEU",
    "Leopard-2 chassis": "DEU", "Leopard-2 Training": "DEU", "Piranha/LAV-25": "CHE",
    "LAV-25 turret": "USA", "Bell-206L LongRanger": "USA", "Bell-214": "USA",
    "Type-63 37mm": "CHN", "Shmel": "RUS", "Fleyta/Skorpion ": "RUS",
    "Grom-2": "POL", "Gulfstream-1": "USA", "AL-21": "RUS", "ST-1802": "GBR",
    "Viper": "GBR", "Spey": "GBR", "Nene": "GBR", "Avon": "GBR", "Orpheus": "GBR",
    "Atar-9": "FRA", "M-88": "USA", "F100": "USA", "F-124": "USA", "JT15D": "CAN",
    "J52": "USA", "BR710": "GBR", "AE-3007": "USA", "TP400-D6": "DEU",
    "LM-2500": "USA", "MT-30": "GBR", "Model-300": "USA", "Dash-8": "CAN",
    "Falcon-20": "FRA", "Learjet-35/36": "USA", "Do-27": "DEU",
    "Skyvan": "GBR", "Commander": "USA", "Turbo Commander": "USA",
    "Queen Air": "USA", "PA-31 Navajo": "USA", "Cessna-310": "USA",
    "Cessna-411": "USA", "Cessna-210 Centurion": "USA", "Cessna-207": "USA",
    "Jetstream": "GBR", "T-28D": "USA", "T-37B": "USA", "MH-1521 Broussard": "FRA",
    "MS-760 Paris": "FRA", "DC-6/C-118": "USA",
    "F-27 Friendship": "NLD", "HS-748": "GBR", "Il-14": "RUS", "Il-28": "RUS",
    "MiG-15": "RUS", "MiG-15UTI": "RUS", "MiG-15bis": "RUS", "MiG-17": "RUS",
    "MiG-17PF": "RUS", "MiG-19": "RUS", "MiG-21F-13": "RUS", "MiG-23BN": "RUS",
    "MiG-23M": "RUS", "MiG-27K": "RUS", "Su-7B": "RUS", "Yak-11": "RUS",
    "Yak-18": "RUS", "Yak-18A": "RUS", "Yak-52": "RUS", "An-2": "RUS", "Mi-4A": "RUS",
    "La-11": "RUS", "La-9": "RUS", "Tu-2S": "RUS", "Il-10 Sturmovik": "RUS",
    "Po-2": "RUS", "IS-2": "RUS", "ML-20 152mm": "RUS", "A-19 122mm": "RUS",
    "D-74 122mm": "RUS", "SU-100": "RUS", "S-23 180mm": "RUS", "K-13A": "RUS",
    "K-5": "RUS", "Type-59": "CHN", "Type-69": "CHN",
    "Project-613": "RUS", "Project-205P": "RUS", "M-56 105mm": "SRB",
    "UBM-52 120mm": "SRB", "M-63 Plamen 128mm": "SRB", "M-84": "SRB",
    "OT-64A": "CZE", "OT-62A TOPAS": "CZE", "RM-70 122mm": "CZE",
    "DANA 152mm": "CZE",
    "Z-142/Z-242L": "CZE", "Z-143L": "CZE", "OT-64": "CZE", "OT-90": "CZE", "M-53/59 Praga 30mm": "CZE",
    "PT-76": "RUS", "ASU-57": "RUS",
    "Meteor NF-11": "GBR", "Spitfire": "GBR", "Sea Fury": "GBR", "Sea Hawk": "GBR",
    "Mosquito FB-6": "GBR", "Mosquito NF-30": "GBR", "Dove": "GBR",
    "Pembroke": "GBR", "Provost": "GBR", "Bulldog": "GBR", "Anson": "GBR",
    "Vampire F-3": "GBR", "Comet": "GBR", "Cromwell": "GBR",
    "DH-114 Heron": "GBR", "DH-82 Tiger Moth": "GBR",
    "Tigercat": "GBR", "Green Archer": "GBR", "Cymbeline": "GBR",
    "Martello": "GBR", "Watchman": "GBR", "Seaspray": "GBR", "MSTAR": "GBR",
    "Swingfire": "GBR", "VIGILANT": "GBR",
    "Condor": "DEU", "Ham": "GBR", "Hunt": "GBR", "Leander": "GBR",
    "River": "GBR", "Island": "USA", "Protector": "GBR", "Guardian": "USA",
    "Tide": "GBR", "Ton": "GBR", "Oberon": "GBR",
    # no state supplier recorded by SIPRI
    "Amalienborg": "DNK", "Georgiy Agafonov": "RUS", "Mugin-5": "CHN",
    "PA-12 Super Cruiser": "USA",
    "C-119K Packet": "USA", "RF-4E Phantom-2": "USA", "RF-84F Thunderflash": "USA",
    "NF-5A": "USA", "BREM-1": "RUS", "BTS": "RUS", "MT-55A": "CZE", "VT-55A": "CZE",
    "VT-72B": "CZE", "BPz-2": "DEU",
    "A330": "FRA", "A319": "FRA", "A321": "FRA", "A-310": "FRA", "A-340": "FRA",
    "ATR-42": "FRA", "ATR-42MP": "FRA", "ATR-72": "FRA", "ATR-72MP": "FRA",
    "B-17A": "USA", "Centurion AVLB": "GBR", "Centurion turret": "GBR",
    "S-65/Yasur-2000": "USA", "VT-1": "FRA", "DC-4M1 North Star": "CAN",
    "DC-8-55": "USA", "DC-8-62": "USA", "Tucano-R": "BRA", "IAI-1124N Seascan": "ISR",
    "M-3 Stuart": "USA", "Saab-340": "SWE", "Vosper 72ft": "GBR",
    # variants designed by the state that upgraded them
    "Sabra-3": "ISR", "Sabrah": "ISR", "Ti-67S": "ISR", "Tiran": "ISR", "M-50 Super Sherman": "ISR",
    "M-51 Sherman": "ISR", "M-46S 155mm": "ISR", "T-72Z": "IRN", "M-55S": "SVN",
    "Super Mystere Saar": "ISR", "S-125-2D Pechora": "UKR", "S-125T Pechora-2T": "BLR",
    "S-125-ML": "LTU", "Kvadrat-M": "BLR", "ATMOS M-46 130mm": "ISR",
    "A-4AR Skyhawk": "USA", "A-4K Skyhawk-2": "USA", "A200": "CHN",
    "Stan Patrol-2606": "NLD", "M-41B": "USA",
}

# Families for SIPRI designations whose base model is not what the generic
# normaliser would produce (export names, licence names, renamed models, or a
# disambiguation needed because two unrelated systems share a short name).
FAMILY_OVERRIDES = {
    "Bell-206/OH-58": "oh-58", "Bell-206/OH-58D(I)": "oh-58",
    "Bell-206L LongRanger": "bell-206", "Bell-47/OH-13": "bell-47",
    "Hughes-500/OH-6A": "md-500", "Hughes-500D/MD": "md-500",
    "Hughes-500M/ASW": "md-500", "Hughes-500MD-TOW": "md-500",
    "Hughes-500MD/ASW": "md-500", "MD-500E": "md-500", "MD-520N": "md-500",
    "AB-204AS": "uh-1", "AB-212ASW": "uh-1",
    "Vertol-107/CH-46": "ch-46", "Vertol-107/CH-46A": "ch-46",
    "S-61/H-3A Sea King": "sh-3", "S-61R": "sh-3", "SH-3A Sea King": "sh-3",
    "SH-3D Sea King": "sh-3", "SH-3H Sea King": "sh-3",
    "S-58/H-34": "h-34", "S-58T": "h-34", "SH-34 Seabat": "h-34",
    "S-55": "h-19", "S-55 Whirlwind-10": "h-19", "S-51/H-5F": "h-5",
    "S-65/Yasur-2000": "ch-53", "Hiller-12/OH-23 Raven": "oh-23",
    "AS-350/AS-550 Fennec": "as350", "AS-355/AS-555 Fennec": "as355",
    "AS-550C2 Fennec": "as350", "AS-555SN Fennec": "as355",
    "AS-532SC/AS-332F": "as532", "SA-313B Alouette-2": "sa313",
    "SA-315B Lama": "sa315", "SA-321 Super Frelon": "sa321",
    "SA-321G Super Frelon": "sa321", "SA-321H Super Frelon": "sa321",
    "EC-120 Colibri": "h120", "EC130": "h130",
    "Beech-18/C-45": "beech-18", "DC-4/C-54": "dc-4", "DC-6/C-118": "dc-6",
    "Cessna-337/O-2": "cessna-337", "Cessna-150/Cessna-152": "cessna-150",
    "Metro-3/C-26": "metro", "Metro-3MP/C-26": "metro", "Metro-2": "metro",
    "Cub/L-4 Grasshopper": "piper-cub", "O-1/L-19 Bird Dog": "o-1",
    "T-34-85": "t-34", "A-4AR Skyhawk": "a-4", "A-4S Super Skyhawk": "a-4",
    "Canberra B(I)-8": "canberra", "Canberra B-2": "canberra",
    "Canberra B-57B": "canberra", "Canberra PR-9": "canberra",
    "Canberra RB-57D": "canberra",
    "M-16/M-17 Half-track": "m3-half-track", "M-3/M-5 Half-track": "m3-half-track",
    "M-2 107mm": "m2-mortar", "M-30 107mm": "m30-mortar",
    "M-30 122mm": "m-30", "M-1 240mm": "m1-240mm",
    "M-113 Spike-NLOS": "spike", "SandCat Spike-LR": "spike",
    "SandCat Spike-NLOS": "spike", "SandCat SPEAR 120mm": "spear-mortar",
    "C-RAM/Centurion": "phalanx", "Vulcan-Commando": "m163",
    "M-163 VADS": "m163", "M-167 Vulcan": "m167",
    "ASV-150/M-1117": "m1117", "Piranha/LAV-25": "lav-25",
    "LAV-25 turret": "lav-25", "Piranha LAV-6": "lav-6",
    "AIFV-APC": "aifv", "AIFV-TOW": "aifv", "Commando V-150/90": "commando-v-150",
    "Commando V-100": "commando-v-100", "Commando V-200": "commando-v-200",
    "K-1 chassis": "k1", "K-1A1": "k1", "K-1 ROKIT": "k1",
    "Type-90-2M/MBT-2000": "mbt-2000", "VT-4 ARV": "vt-4",
    "MBT Mk-1": "khalid", "MBT Mk-1 chassis": "khalid", "Khalid": "khalid",
    "MBT Mk-3": "vickers-mbt", "MBT Mk-3 VAB": "vickers-mbt", "MBT Mk-3/ARV": "vickers-mbt",
    "Challenger": "challenger-1", "Challenger ARRV": "challenger-2",
    "Sabra-3": "m60", "Sabrah": "m60", "M-60 AVLB": "m60",
    "M-48H Brave Tiger": "m48", "M-48 AVLB": "m48", "Ti-67S": "t-54",
    "Tiran": "t-54", "M-50 Super Sherman": "m4", "M-51 Sherman": "m4",
    "M-4 Sherman": "m4", "T-72Z": "t-55", "M-55S": "t-55", "M-84ABI": "m-84",
    "Merkava AVLB": "merkava", "Leopard-2 Training": "leopard-2",
    "Mk-45-4 127mm": "mk-45", "Mk-42-9 127mm": "mk-42",
    "Mk-54 375mm": "mk-54-375mm", "Mk-48 GMVLS": "mk-48-vls",
    "Mk-46 Mod-5 NEARTIP": "mk-46", "MK-10 Terrier": "terrier",
    "RIM-2E Terrier": "terrier", "RIM-2F Terrier": "terrier",
    "RIM-24 Tartar": "tartar", "Mk-74 Tartar GMFCS": "tartar",
    "Mk-29 IBPDMS": "sea-sparrow", "RGM-66D Standard": "sm-1",
    "AGM-78 Standard ARM": "agm-78", "CIM-10B Bomarc": "bomarc",
    "MGM-29A Sergeant": "sergeant", "Sergeant": "sergeant",
    "MGM-5 Corporal": "corporal", "Corporal": "corporal",
    "SM-75 Thor": "thor", "M-752 Lance TEL": "lance",
    "Nike Ajax/Hercules": "nike-hercules", "MPQ-53": "an/mpq-53",
    "8K11/Scud-A TEL": "scud", "9P113": "luna", "9P117 Uragan": "scud",
    "CSS-8 TEL": "m-7", "M-7/CSS-8": "m-7", "Hwasong-5 TEL": "hwasong-5",
    "Nazeat N-10": "nazeat", "M-1985 240mm": "m-1985",
    "3M8M1": "krug", "5V55K": "s-300", "5V55R": "s-300",
    "5V55U": "s-300", "V-601": "s-125", "V-750": "s-75", "S-125-2D Pechora": "s-125",
    "S-125-ML": "s-125", "S-125T Pechora-2T": "s-125",
    "9M37": "strela-10", "9M82M": "s-300", "9M83M": "s-300",
    "ZIF-22": "osa", "KS-1 Sopka": "ks-1-komet", "S-2 Sopka": "ks-1-komet",
    "KSR-2": "ksr-2", "KSR-5": "ksr-5",
    "Fleyta/Skorpion ": "malyutka", "Shmel": "shturm",
    "R-2": "r-2", "R-400S": "r-400s",
    "MR-114 Yakhont": "mr-114", "Project-12650 Yakhont": "project-12650",
    "Kh-31A1": "kh-31", "Kh-31M": "kh-31", "Kh-59MK": "kh-59",
    "Raad-500": "raad-500", "Qiam-1": "qiam-1",
    "Mohajer": "mohajer-4", "Ababil-T": "ababil-2",
    "Gepard-3": "project-11661", "Talwar": "project-11356",
    "Gorshkov": "project-1143", "Kuznetsov": "project-1143.5",
    "Porject-133/Parchim-2": "project-133", "Project-133/Parchim": "project-133",
    "Project-206 Shtorm": "project-206", "Project-206M Shtorm": "project-206",
    "Project-206MR Vikhr": "project-206", "Project-206P": "project-206",
    "Project-205P": "project-205", "Project-877E": "project-877",
    "Project-636E": "project-636", "Project-971I": "project-971",
    "Project-183R": "project-183", "Project-106K": "project-106",
    "Project-264P": "project-264", "Project-266M": "project-266",
    "Project-266 Rubin": "project-266", "Project-61ME": "project-61",
    "Project-61MP": "project-61", "Project-226E/Natya": "project-226",
    "Project-255/T-301": "project-255", "BPS-500/Type-1241A": "project-1241",
    "Murena/Type-1206": "project-12061",
    "Type-053H2G/Jiangwei-1": "type-053", "Type-037-1/Haiqing": "type-037",
    "Type-037-1G/Houxin": "type-037", "Type-062-1/Haizhui": "type-062",
    "Type-062-1G/Lushun": "type-062", "Type-021/Huangfen": "type-021",
    "Type-024/Hegu": "type-024", "Type-025/Huchuan": "type-025",
    "Type-718/Haijing": "type-718",
    "F-2000S": "la-fayette", "F-3000S": "la-fayette", "C-28A": "c-28a",
    "C-92": "c-92", "F-22": "f-22p", "Lekiu/FS-2000": "lekiu",
    "Boxer/Type-22": "type-22-frigate", "Broadsword/Type-22": "type-22-frigate",
    "Salisbury/Type-61": "type-61-frigate", "Leopard/Type-41": "type-41-frigate",
    "Whitby/Type-12": "type-12-frigate", "Rapid/Type-15": "type-15-frigate",
    "Type-23": "type-23", "Albatros/Type-143": "type-143", "Type-143": "type-143",
    "Frankenthal/Type-332": "type-332", "Frauenlob/Type-362": "type-362",
    "Lindau/Type-320": "type-320", "Schuetze/Type-340": "type-340",
    "Wangerooge/Type-722": "type-722", "Zubov/Type-850": "project-850",
    "Krylov/Type-852": "type-852", "Type-861/Moma": "project-861",
    "MGB-62/Type-62": "mgb-62", "Dolphin/Type-800": "dolphin",
    "Aliya/Saar-4.5": "saar-4.5", "Reshef/Saar-4": "saar-4",
    "Navajo/ATF": "navajo-class", "Sotoyomo/ATA": "sotoyomo",
    "ARB-1/ARL-1": "arb-1", "Ashland FRAM-2": "ashland",
    "Gearing FRAM-1": "gearing", "Gearing FRAM-2": "gearing",
    "Sumner FRAM-2": "sumner", "GUPPY-1A": "balao", "GUPPY-2": "balao",
    "GUPPY-2A": "balao", "GUPPY-3": "balao", "T Conversion": "t-class",
    "Kraljevica/PBR-509": "kraljevica", "River Batch-1": "river-opv",
    "Salamandra -": "salamandra", "Black Scorpion ": "black-scorpion-torpedo",
    "Daphné": "daphne", "Daphne": "daphne-patrol",
    "Mk-12/22": "mk-12", "SPG-34/SPG-50": "an/spg-34",
    "DR-161/MPDR-45": "mpdr-45", "DR-172/MPDR-90": "mpdr-90",
    "TRS-2215/2230": "trs-22xx", "TRS-22XX": "trs-22xx",
    "HR-3000 HADR": "hr-3000", "EL/I-3120 CMM": "eli-3120",
    "Fregat-MA": "fregat", "MR-750 Fregat": "fregat",
    "Tornado IDS Radar": "tornado", "AS-90M turret": "as-90",
    "Palmaria 155mm turret": "palmaria", "ZSU-57-2 turret": "zsu-57-2",
    "BMP-2 turret": "bmp-2", "Leopard-1A5 turret": "leopard-1",
    "Leopard-1 chassis": "leopard-1", "Leopard-2 chassis": "leopard-2",
    "M-109 chassis": "m109", "K-9": "k9", "Centurion turret": "centurion",
    "Centurion AVLB": "centurion", "Centurion ARV": "centurion",
    "Chieftain ARV": "chieftain", "Chieftain AVLB": "chieftain",
    "Leclerc DNG": "leclerc", "Leclerc EPG": "leclerc",
    "OF-40/ARV": "of-40", "T-55AM-2": "t-55",
    "M-88": "m88",
    "Jagdpanzer-4-5": "jagdpanzer", "Jagdpanzer-IV": "jagdpanzer",
    "Jaguar-1": "jaguar-tank-destroyer", "Jaguar": "jaguar-class",
    "Jaguar-S": "jaguar", "Hummel": "hummel",
    "Stormer HVM": "starstreak", "Stormer": "stormer",
    "AML-90 Lynx": "aml", "AML-S-530": "aml", "Lynx KF41": "kf41",
    "VBC-90": "vbc-90", "VAB MK-3": "vab", "VAB Mk-3": "vab",
    "Eagle-ARV": "eagle-arv", "Eagle-5 6x6": "eagle",
    "Titan": "titan-apc", "Tornado": "tornado-apc", "Typhoon": "streit-typhoon",
    "Tiger": "tiger-apv", "Puma": "iveco-puma", "Puma M-26": "puma-m26",
    "Puma M-36": "puma-m26", "Phantom-2": "phantom-apc", "Leopard": "leopard-apv",
    "Maverick": "maverick-apc", "Rhino": "rhino-apc", "Wolf": "wolf-apc",
    "Musketeer": "musketeer", "Archer": "archer-tank-destroyer",
    "Caracal": "caracal-belarus", "Condor": "condor",
    "Thunder": "thunder-apc", "Sufa": "storm-sufa",
    "Scorpion": "scorpion", "Scorpion-90": "scorpion", "Scorpion 76mm": "scorpion",
    "M-56 Scorpion": "m56-scorpion", "Striker": "striker",
    "Spartan": "spartan", "Shrek": "shrek", "Bronco": "bronco-atv",
    "Amir": "amir", "David": "david-apv", "Golan": "golan",
    "Cobra 120mm": "cobra-120mm", "Cobra 30mm": "cobra-30mm",
    "Hunter TR-12": "hunter-tr-12", "Tigr": "tigr",
    "Arrow 30mm": "arrow-30mm", "COBRA": "cobra-radar",
    "Eagle": "eagle", "Fox": "fox", "Guardian": "guardian",
    "Meteor NF-11": "gloster-meteor", "Hunter": "hawker-hunter",
    "Gnat": "folland-gnat", "Lightning": "english-electric-lightning",
    "Firefly": "fairey-firefly", "Firefly TT-1": "fairey-firefly",
    "T-67 Firefly": "t-67", "Sea Hawk F-101": "sea-hawk", "Venom": "venom",
    "Venom NF-2": "venom", "Vampire F-3": "vampire", "Vampire FB-5": "vampire",
    "Vampire NF-10": "vampire", "Vampire T-3": "vampire", "Vampire T-55": "vampire",
    "Mosquito FB-6": "mosquito", "Mosquito NF-30": "mosquito",
    "Mosquito PR-16": "mosquito", "Hawk": "hawk-class",
    "Viper": "rolls-royce-viper", "D-30": "soloviev-d-30", "M53": "safran-m53",
    "Pegasus": "pegasus", "Ghost": "de-havilland-ghost",
    "F-124": "f124", "F-125": "f125-engine", "PW-2000/F-117": "pw2000",
    "Lynx": "lynx", "Osprey": "osprey-class", "Osprey Mk-2": "osprey-class",
    "Osprey-50": "osprey-class", "Osprey-55": "osprey-class",
    "Scout": "scout", "Pioneer": "pioneer", "Mastiff": "mastiff-uav",
    "Luna": "emt-luna", "Luna-NG": "emt-luna", "Falco": "falco",
    "Ranger": "ranger-uav", "Penguin": "penguin",
    "Tucano-R": "emb-312", "Universal": "universal", "DART": "dart",
    "Mirage": "mirage-aircraft", "Commander": "aero-commander",
    "Turbo Commander": "aero-commander", "Commander-100": "commander-100",
    "Commander-114B": "commander-114", "Legacy": "legacy",
    "King Air Maritime": "king-air", "Gulfstream-3 AML": "gulfstream-3",
    "Gulfstream-3 SMA-3": "gulfstream-3", "Boeing-737 Surveiller": "boeing-737",
    "Boeing-737 Classic": "boeing-737", "Boeing-737NG": "boeing-737",
    "Boeing-737 AEW&C": "e-7", "Saab-2000 AEW": "saab-2000",
    "EMB-145MP": "emb-145", "Falcon-20G": "falcon-20",
    "Challenger-604 SM": "challenger-600", "Challenger-600": "challenger-600",
    "Challenger-604": "challenger-600", "Challenger-650": "challenger-600",
    "CL-415MP": "cl-415", "Do-128MPA": "do-128", "Do-228MP": "do-228",
    "BN-2 Maritime": "bn-2", "BN-2 Islander": "bn-2", "BN-2 Trislander": "bn-2",
    "F-27 Enforcer": "f-27", "F-27 Maritime": "f-27", "F-27 Friendship": "f-27",
    "Fokker-50 Enforcer-2": "fokker-50", "Fokker-50MP": "fokker-50",
    "ATR-72MP": "atr-72", "ATR-42MP": "atr-42", "C-212MP": "c-212",
    "IAI-1124N Seascan": "iai-1124", "IAI-1124 Westwind": "iai-1124",
    "PA-31T MS Cheyenne": "pa-31", "PA-31T Cheyenne": "pa-31",
    "Beech-1900 SIGINT": "beech-1900", "Beech-1900D MMSA": "beech-1900",
    "DHC-6": "dhc-6", "Global Express": "global-express",
    "Nomad Searchmaster-B": "nomad", "Nomad Searchmaster-L": "nomad", "S-2T Turbo Tracker": "s-2", "S-2RT": "s-2",
    "S-2A Special": "s-2-ag",
    "TBF Avenger": "tbf", "F-4K/M Phantom-2": "f-4", "F-84F Thunderstreak": "f-84", "P-2E Neptune": "p-2", "P-2H Neptune": "p-2", "P-2J Neptune": "p-2",
    "Cessna-U206": "cessna-206", "Cessna-207": "cessna-206",
    "PA-23-235 Apache": "pa-23", "Twin Bonanza": "beech-50",
    "AH-1F Modernized": "ah-1", "F-15 Advanced Eagle": "f-15",
    "Sea Killer/Marte-1": "marte", "Otomat/Erato": "otomat",
    "C-801/C-802 CDS": "c-802", "HY-1/SY-1": "hy-1", "HY-1 CDS": "hy-1",
    "HY-2/SY-1A": "hy-2", "HY-2 CDS": "hy-2", "C-701/FL-8": "c-701",
    "TL-10/FL-8": "tl-10", "Rubezh/SS-C-3": "rubezh", "M-20/Rb-08A": "rb-08",
    "HQ-2/CSA-1": "hq-2", "Storm Shadow/SCALP-EG": "storm-shadow",
    "Spike-MR/LR": "spike", "AS365/AS565 Panther": "as565",
    "A-5/Q-5": "q-5", "A-5C/Fantan": "q-5",
    "F-6": "j-6", "F-7 Skybolt": "j-7", "F-7M Airguard": "j-7", "F-7MG": "j-7",
    "FT-5": "jj-5", "Mi-24P/Mi-35P": "mi-24", "Mi-24V/Mi-35": "mi-24",
    "Mi-24D/Mi-25": "mi-24", "Tu-142M/Bear-F": "tu-142",
    "S-300VM/SA-23": "s-300", "BM-22/9P140 Uragan": "bm-27",
    "BM-9A52 Smerch": "bm-30", "T-12 100mm/2A19": "t-12",
    "UFH/M-777 155mm": "m777", "WA-021/Type-88 155mm": "wa-021",
    "AMX-GCT/AU-F1": "amx-gct", "AMX-13/105": "amx-13", "AMX-13/75": "amx-13",
    "AMX-13/90": "amx-13", "AMX-13-CD": "amx-13", "AMX-13-PDP": "amx-13",
    "AMX-10PAC-90": "amx-10", "AMX-Mk-F3 155mm": "amx-mk-f3",
    "AMX-VTT/PM": "amx-vci", "M-68/M-71 155mm": "soltam-m-71",
    "M-101/30": "m101", "M-101/33 105mm": "m101", "M-56/33 105mm": "m-56",
    "CS/SH-1 122mm": "sh-1", "CS/VP-14": "cs-vp14", "CS/VP3": "cs-vp3",
    "ZBD-05/VN-18": "zbd-05", "Type-89/ZSD-89": "type-89-apc",
    "Type-89/ZSD-89-2": "type-89-apc", "WZ-91/Type-92": "wz-91",
    "WZ-551/Type-90": "wz-551", "Type-86": "type-86", "Type-85 IFV": "type-85-ifv",
    "Type-85": "type-85-apc", "Type-85-IIM": "type-85", "Type-63": "type-63-tank",
    "Type-63A": "type-63-tank", "Type-62": "type-62-tank", "Type-60": "type-60-tank",
    "Type-07": "type-07", "Type-07P": "type-07", "Type-84": "type-84",
    "Type-80": "type-80-radar", "Type-81 122mm": "type-81",
    "Type-83 122mm": "type-83", "Type-63 107mm": "type-63-mrl",
    "Type-63 130mm": "type-63-mrl", "Type-63 37mm": "type-63-aa",
    "Type-85 130mm": "type-85-mrl", "Type-90 122mm": "type-90-mrl",
    "Type-86 100mm": "type-86-gun", "Type-83 152mm": "type-83-gun",
    "Type-59-1 130mm": "type-59-1", "Type-53 120mm": "type-53-mortar",
    "Type-74 37mm": "type-74-aa", "Type-76A 37mm": "type-76a",
    "Type-106 40mm": "type-106", "Type-64 40mm": "type-64",
    "Type-825 30mm": "type-825-gun", "Type-825": "type-825-radar",
    "Type-43": "type-43-torpedo", "Type-613": "type-613-torpedo",
    "Type-69-IIG": "type-69", "Type-59D": "type-59", "Type-59G": "type-59",
    "Type-2150": "type-2150", "Type-6614": "type-6614", "Type-6616": "type-6616",
    "Type-606": "type-606", "Type-33m": "type-33m", "Type-42m": "type-42m",
    "Type-120": "type-120-radar",
    "Type-209/1400MOD": "type-209", "Type-206A": "type-206",
    "Type-VIIC": "type-vii", "Type-XXIII": "type-xxiii", "Type-1844": "type-1844",
    "Type-4502": "type-4502", "Type-547": "type-547", "Type-269": "type-269",
    "Type-700": "type-700", "Type-864": "type-864", "Type-520": "type-520",
    "Sea King/Commando": "sea-king", "Super Lynx": "lynx",
    "Wessex HAS-1": "wessex", "Mi-4PL": "mi-4",
    "Harrier GR-1": "harrier", "AV-8B Harrier-2 Plus": "av-8",
    "JAS-39C Gripen": "gripen", "Gripen-E": "gripen", "Saan-105XT": "saab-105",
    "Super Mystere Saar": "super-mystere", "Super Mystere B-2": "super-mystere",
    "Vatour-2A": "vautour", "Vatour-2B": "vautour", "Vatour-2N": "vautour",
    "MD-450 Ouragan": "ouragan", "Mystere-4A": "mystere-4",
    "MF-2000": "mirage-2000", "Nesher": "nesher", "Cheetah-C": "cheetah",
    "Hawk-50": "bae-hawk", "Hawk-60": "bae-hawk", "Hawk-100": "bae-hawk",
    "Hawk-200": "bae-hawk", "Typhoon Block-20": "typhoon",
    "Typhoon Block-5": "typhoon", "Typhoon Block-8": "typhoon",
    "Tornado ADV": "tornado", "Tornado IDS": "tornado",
    "B-17A": "b-17", "B-17G Fortress": "b-17", "Ju-52/3m": "ju-52",
    "PzKpfw-IVF2": "panzer-iv", "PzJ-38(t) Hetzer": "hetzer", "StuG-IIIG": "stug-iii",
    "Bü-181 Bestmann": "bu-181", "Fi-156 Storch": "fi-156",
    "Il-76MF": "il-76", "Il-76M": "il-76",
    "Falaj-2": "falaj-2", "Al-Battar-500": "al-battar",
    "Gabriel-5 ANAM": "gabriel", "Python-3": "python-3",
    "Crotale EDIR": "crotale", "R-440 Crotale": "crotale",
    "R-460 Shahine": "shahine", "Shahine ATTS": "shahine",
    "Roland-1": "roland", "Spada-2000": "aspide", "Spada": "aspide",
    "ADATS LOS-FH": "adats", "Rapier-1": "rapier", "Rapier-2": "rapier",
    "Rapier-2000": "rapier", "Jernas": "rapier", "Tigercat-2": "seacat",
    "Bloodhound-1": "bloodhound", "Bloodhound-2": "bloodhound",
    "Thunderbird-1": "thunderbird", "Sea Slug-2": "sea-slug",
    "Umkhonto-IR": "umkhonto", "Umkhonto VLS": "umkhonto",
    "Barak-1 VLS": "barak-1", "Albatros-NG": "albatros-sam",
    "Kobra MMSR": "kobra", "Mygale": "mygale", "ASRAD": "asrad",
    "Forceshield": "starstreak", "RSC/RSD": "rsd-58", "RSC": "rsd-58",
    "VT-1": "crotale", "Tamir": "iron-dome", "TD-2000B": "td-2000",
    "Sky Shield": "sky-shield", "Skyguard": "skyguard", "Skyshield": "skynex",
    "Skyshield-35": "skynex", "Super-Fledermaus": "super-fledermaus",
    "Fieldguard-3": "fieldguard", "Flycatcher Mk-2": "flycatcher",
    "M-3 VDA": "m3-vda", "M-3 VTT": "m3-vtt",
    "M-3A1 Scout Car": "m3-scout-car", "M-3 Stuart": "m3-stuart", "M-5 Stuart": "m3-stuart",
    "M-2 Bradley": "m2", "M-2A3 Bradley": "m2", "M-113C&R": "m113", "M-113C&V": "m113",
    "M-113 Arisgator": "m113", "M-113A300": "m113", "M-901 ITV": "m901",
    "M-88A2 HERCULES": "m88", "M-1A1 Abrams": "m1", "M-1A2 Abrams": "m1",
    "M-1A2S Abrams": "m1", "M-60A1 Patton-2": "m60", "M-60A3 Patton-2": "m60",
    "M-48A3 Patton": "m48", "M-48A5 Patton": "m48", "M-48 Patton": "m48",
    "M-48 Chaparral": "chaparral", "M-36 Jackson": "m36",
    "MLS Shield": "mls-shield", "AMX Mk-61 105mm": "amx-mk-61", "BAC-1-11": "bac-111",
    "HF SWR-503": "hf-swr-503", "PC 46m": "pc-46m", "One 150": "one-150",
    "HY1-12 120mm": "hy1-12", "M-59 155mm": "m59-155mm", "Compact 40L70": "compact-40l70",
    "Comp Air-7SL": "comp-air-7", "F-9F Cougar": "f9f", "SA-2-37/RG-8 Condor": "rg-8", "M-1 Sokol": "m-1-sokol", "M-41B": "m41",
    "AM-3": "mikulin-am-3", "F-28": "enstrom-f-28", "F-28 Fellowship": "fokker-f28",
    "M26 Iskierka": "pzl-m26", "P-2": "p-2-apc", "Penguin": "penguin-uav",
    "Raven ES-05": "raven-es-05", "Raven R-400 SRWS": "raven-r-400",
    "SH-2 122mm": "sh-2-122mm", "SH-3 122mm": "sh-3-122mm",
    "T-35 Pillan": "t-35-pillan", "T-35 Buckaroo": "t-35-buckaroo",
    "Terrier LT-79": "terrier-lt-79", "Terrier LAU": "terrier-lau",
    "A-200": "a-200-apv", "A-200 301mm": "a200", "A200": "a200",
    "LCT 50m": "lct-50m", "LSM 66m": "lsm-66m", "M-51 130mm": "m-51-mrl",
    "M-51 120mm": "m-51-mortar", "M-87 Orkan 262mm": "orkan", "SM-4 120mm": "sm-4-120mm",
    "SM-4-1B 130mm": "sm-4-1", "Ocean": "ocean",
}
FAMILY_PATTERNS = [
    (r"^Mirage F-1", "mirage-f1"), (r"^Mirage-3", "mirage-3"),
    (r"^Leopard-1", "leopard-1"), (r"^Leopard-2", "leopard-2"),
    (r"^Exocet|^[AMS]M-\d+(-\d)? Exocet", "exocet"),
    (r"^Harpoon", "harpoon"), (r"^Bell-20[45]/UH-1", "uh-1"), (r"^Bell-212", "uh-1"),
    (r"^Giraffe", None),  # rule-based
    (r"^Ground Master-(\d+)", "ground-master-\\1"),
    (r"^ATR-", None), (r"^T-34( |C)", "t-34-mentor"),
    (r"^Orion RTN", "orion-rtn"), (r"^Stan Patrol", "stan-patrol"),
    (r"^Stan Lander", "stan-lander"), (r"^Swiftships", "swiftships"),
    (r"^Vosper", "vosper"), (r"^Citation", "citation"), (r"^Learjet", "learjet"),
    (r"^Gulfstream", None), (r"^Cessna-1[57]", None),
    (r"^Lanza", "lanza"), (r"^MT-LB", "mt-lb"), (r"^ZALA 421-16", "zala-421-16"), (r"^Scanter", "scanter"), (r"^Ground Master", None),
    (r"^Seeker", "seeker-uav"), (r"^Shadow-\d", "rq-7"), (r"^RQ-7", "rq-7"),
    (r"^SIBMAS", "sibmas"), (r"^Ratel", "ratel"), (r"^Casspir", "casspir"),
    (r"^Mbombe", "mbombe"), (r"^Pandur", "pandur"),
    (r"^Kfir", "kfir"), (r"^MEKO-200", "meko-200"), (r"^SIGMA", "sigma"),
    (r"^Type-209", "type-209"), (r"^Agosta", "agosta"),
    (r"^Otomat", "otomat"), (r"^Marte(-| |$)", "marte"), (r"^Penguin-", "penguin"),
    (r"^Gabriel", "gabriel"), (r"^Spike", "spike"), (r"^Barak-(ER|LRAD|MX)", "barak-8"),
    (r"^SPYDER", "spyder"), (r"^Igla", "igla"), (r"^Buk", "buk"),
    (r"^S-300", "s-300"), (r"^S-400", "s-400"), (r"^S-125", "s-125"),
    (r"^S-200", "s-200"), (r"^S-75", "s-75"), (r"^Kvadrat", "kub"),
    (r"^Tor-", "tor"), (r"^Pantsyr|^96K9", "pantsir"), (r"^2S6M", "tunguska"),
    (r"^9M33$", "osa"), (r"^9K31$", "strela-1"), (r"^9K33$", "osa"),
    (r"^2K11", "krug"), (r"^48N6|^57E6$|^9M96$", None),
    (r"^9M338$", "tor"), (r"^9M311", "tunguska"), (r"^9M3(8|17)$", "buk"),
    (r"^3M9$", "kub"), (r"^9M723|^9P78", "iskander"), (r"^9M79|^OTR-21", "tochka"),
    (r"^9M714|^OTR-23", "oka"), (r"^R-1[17]( |$)", "scud"), (r"^Luna", None),
    (r"^3M-(14|54)E", "kalibr"), (r"^PJ-10", "brahmos"), (r"^Yakhont$", "p-800"),
    (r"^P-15[MU]?$", None), (r"^Kh-59", "kh-59"), (r"^Kh-58", "kh-58"),
    (r"^Kh-25", "kh-25"), (r"^Red Arrow-(\d+)", "hj-\\1"),
    (r"^Hellfire|^AGM-114", "agm-114"), (r"^MIM-104|^Patriot", "patriot"),
    (r"^MIM-23|^HAWK$|^I-HAWK$", "hawk"), (r"^MIM-72", "chaparral"),
    (r"^MIM-14", "nike-hercules"), (r"^MIM-3 ", "nike-ajax"),
    (r"^BGM-71", "tow"), (r"^BGM-109", "tomahawk"), (r"^FGM-148", "javelin"),
    (r"^FGM-77", "dragon"), (r"^RIM-116", "rim-116"), (r"^RIM-161", "sm-3"),
    (r"^RIM-66|^Standard Missile-1", "sm-1"), (r"^Standard Missile-2", "sm-2"),
    (r"^ESSM", "essm"), (r"^THAAD", "thaad"), (r"^NASAMS", "nasams"),
    (r"^ATACMS", "atacms"), (r"^AGM-84H", "slam-er"), (r"^AGM-158", "agm-158"),
    (r"^UGM-133", "trident"), (r"^UGM-27", "polaris"), (r"^Pershing|^M-474", "pershing"),
    (r"^MGR-1", "honest-john"), (r"^F/A-18", "f-18"), (r"^EA-18", "ea-18"),
    (r"^S-70 Black Hawk", "uh-60"), (r"^S-70B", "sh-60"), (r"^MH-60R", "mh-60"),
    (r"^H-92|^S-92", "s-92"), (r"^EC725|^H725", "h225"), (r"^EC145", "h145"),
    (r"^EC135", "h135"), (r"^EC-665", "tiger"), (r"^NH-90|^NF-90", "nh90"),
    (r"^AW-159", "aw159"), (r"^A-109", "a109"), (r"^AS-532", "as532"),
    (r"^SA-330", "sa330"), (r"^SA-34[12]", "sa342"), (r"^AS56[5]|^AS-565", "as565"),
    (r"^SA-316", "sa316"), (r"^T-129", "t129"), (r"^WZ-10$", "z-10"), (r"^Z-9", "z-9"),
    (r"^CV-90", "cv90"), (r"^Bv-206", "bv206"), (r"^BvS-10", "bvs10"),
    (r"^Tpz-1 Fuchs|^Fuchs-2", "fuchs"), (r"^Dingo", "dingo"),
    (r"^AAV-7|^LVTP-7", "aav-7"), (r"^HMMWV", "hmmwv"), (r"^L-ATV", "jltv"),
    (r"^ASTROS", "astros"), (r"^RM-70", "rm-70"), (r"^BM-21", "bm-21"),
    (r"^M-270", "m270"), (r"^M-142", "himars"), (r"^PzH-2000", "pzh-2000"),
    (r"^K-9 Thunder", "k9"), (r"^K-239", "k239"), (r"^FH-70", "fh70"), (r"^FH-77", "fh77"),
    (r"^G-5 ", "g5"), (r"^G-6 ", "g6"), (r"^L-118", "l118"), (r"^ATMOS", "atmos"),
    (r"^Zuzana", "zuzana"), (r"^AS-90B", "as-90"), (r"^CAESAR", "caesar"),
    (r"^Archer 155mm", "archer"), (r"^Krab ", "krab"), (r"^DANA", "dana"),
    (r"^Nora-B-52", "nora-b-52"), (r"^2S19", "2s19"), (r"^2S7", "2s7"),
    (r"^PLZ-45", "plz-45"), (r"^SH-15", "sh-15"),
    (r"^AIM-120", "aim-120"), (r"^AIM-9", "aim-9"), (r"^AIM-7", "aim-7"),
    (r"^AIM-54", "aim-54"), (r"^AGM-88", "agm-88"), (r"^AGM-65", "agm-65"),
    (r"^R-550", "r-550"), (r"^Super-530", "super-530"), (r"^I-Derby|^Derby", "derby"),
    (r"^K-13", "k-13"), (r"^PL-5", "pl-5"), (r"^R-27", "r-27"),
    (r"^Mk-15 Phalanx", "phalanx"), (r"^Mk-41", "mk-41"), (r"^Mk-54 LWT", "mk-54"),
    (r"^Mk-48( |$)", "mk-48"), (r"^Mk-46", "mk-46"), (r"^Mk-45", "mk-45"),
    (r"^MU-90", "mu90"), (r"^DM-?2A[34] Seehecht", "seahake"),
    (r"^Super Rapid 76mm|^Compact 76mm", "oto-76"), (r"^127/64LW", "oto-127"),
    (r"^SPY-1", "an/spy-1"), (r"^AAQ-1[34] LANTIRN", "lantirn"), (r"^Litening", "litening"),
    (r"^CAPTAS", "captas"), (r"^TPQ-3[67]", None), (r"^EL/M-2075", "elm-2075"),
    (r"^Erieye", "erieye"), (r"^RAT-31", "rat-31"), (r"^Saab-340AEW", "saab-340"),
    (r"^E-2[CD]", "e-2"), (r"^KC-130", "kc-130"), (r"^C-130", "c-130"),
    (r"^C-17A", "c-17"), (r"^C-27J", "c-27"), (r"^G-222", "c-27"),
    (r"^C-295", "c-295"), (r"^CN-235", "cn-235"), (r"^A400M", "a400m"),
    (r"^A-330 MRTT", "a330"), (r"^A330$|^A-?310$|^A-?340$|^A319$|^A321$", None),
    (r"^P-8A", "p-8"), (r"^P-3", "p-3"), (r"^E-3A", "e-3"),
    (r"^Mi-8", "mi-8"), (r"^Mi-17", "mi-17"), (r"^Mi-35", "mi-35"),
    (r"^Ka-27|^Ka-28", "ka-27"), (r"^Hughes-500", "md-500"),
    (r"^CH-47", "ch-47"), (r"^MH-47", "mh-47"), (r"^CH-53", "ch-53"),
    (r"^AH-64", "ah-64"), (r"^AH-1", "ah-1"), (r"^UH-1", "uh-1"),
    (r"^SH-2", "sh-2"), (r"^MQ-9", "mq-9"), (r"^RQ-1 ", "mq-1"), (r"^RQ-4", "rq-4"),
    (r"^Wing Loong-1", "wing-loong-1"), (r"^Wing Loong-2", "wing-loong-2"),
    (r"^CH-4[AB]", "ch-4"), (r"^Heron", "heron"), (r"^Hermes-450", "hermes-450"),
    (r"^Hermes-900", "hermes-900"), (r"^Orbiter", "orbiter"),
    (r"^Switchblade-600", "switchblade-600"),
    (r"^JF-17", "jf-17"), (r"^J-10", "j-10"), (r"^Su-30", "su-30"), (r"^Su-35", "su-35"),
    (r"^Su-27", "su-27"), (r"^MiG-29", "mig-29"), (r"^F-16", "f-16"), (r"^F-15", "f-15"),
    (r"^F-35", "f-35"), (r"^Mirage-2000", "mirage-2000"), (r"^Rafale", "rafale"),
    (r"^T-72", "t-72"), (r"^T-90", "t-90"), (r"^T-80", "t-80"), (r"^T-84", "t-84"),
    (r"^M-1A", "m1"), (r"^Challenger-2", "challenger-2"), (r"^Centurion-", "centurion"),
    (r"^Chieftain", "chieftain"), (r"^AMX-30", "amx-30"), (r"^AMX-10", "amx-10"),
    (r"^BTR-60", "btr-60"), (r"^BTR-80", "btr-80"), (r"^BTR-82", "btr-82"),
    (r"^BTR-4", "btr-4"), (r"^BTR-3", "btr-3"), (r"^BMP-1", "bmp-1"),
    (r"^EE-11", "ee-11"), (r"^Marder", "marder"), (r"^Piranha-3", "piranha-3"),
    (r"^Piranha-5", "piranha-5"), (r"^AMV", "amv"), (r"^ASCOD", "ascod"),
    (r"^VAB", "vab"), (r"^Ejder", "ejder"), (r"^Cobra(-2)?$", "cobra"),
    (r"^Kornet", "kornet"), (r"^Metis", "metis"), (r"^9M115", "metis"),
    (r"^9M114", "shturm"), (r"^9M120", "ataka"), (r"^9M119", "9m119"),
    (r"^Hwasong-7|^Rodong", "hwasong-7"), (r"^Fateh-110", "fateh-110"),
    (r"^Brimstone", "brimstone"), (r"^GBU-39", "gbu-39"), (r"^JDAM", "jdam"),
    (r"^RBS-15", "rbs-15"), (r"^RBS-56", "bill"), (r"^RBS-70", "rbs-70"),
    (r"^MM-4|^MM-38|^AM-39|^SM-39", "exocet"), (r"^Sea King", "sea-king"),
    (r"^Alpha Jet", "alpha-jet"), (r"^L-39", "l-39"), (r"^L-159", "l-159"),
    (r"^M-346", "m-346"), (r"^MB-339", "mb-339"), (r"^EMB-314", "emb-314"),
    (r"^EMB-312", "emb-312"), (r"^K-8$", "k-8"), (r"^KT-1", "kt-1"),
    (r"^T-50 ", "t-50"), (r"^FA-50", "fa-50"), (r"^PC-7", "pc-7"), (r"^PC-6", "pc-6"),
    (r"^G-120", "g-120"), (r"^Yak-130", "yak-130"),
]
# A pattern ending in a digit must not match a longer number ('^BTR-4' is
# not 'BTR-40').
_FAMILY_PATTERNS = [(re.compile(p + r"(?!\d)" if p[-1:].isdigit() else p), f)
                    for p, f in FAMILY_PATTERNS]

# Designations that SIPRI uses for two unrelated systems; rows of the trade
# register are split by their description.
SPLITS = {
    "M-88": [({"ARV"}, "hand:m88"), ({"turbofan"}, "hand:safran-m88")],
    "P-3": [({"air search radar"}, {"id": "p-3-radar", "family": "p-3-radar",
                                    "name": "P-3 radar", "origin": "RUS", "category": "radar",
                                    "nato": ["Dumbo"]}),
            ({"trainer aircraft"}, {"id": "pilatus-p-3", "family": "pilatus-p-3",
                                    "name": "Pilatus P-3", "origin": "CHE",
                                    "category": "trainer aircraft"})],
    "Eagle": [({"APV"}, "hand:eagle"), ({"UAV"}, "hand:heron")],
    "SS-12": [({"anti-tank missile"}, {"id": "ss-12", "family": "ss-12",
                                       "name": "Nord SS.12", "origin": "FRA",
                                       "category": "anti-tank missile",
                                       "aliases": ["SS.12"]}),
              ({"ASW sonar"}, {"id": "ss-12-sonar", "family": "ss-12-sonar",
                               "name": "SS-12 sonar", "origin": "FRA", "category": "sensor"})],
    "Mistral": [({"portable SAM"}, "hand:mistral"), ({"AALS"}, "hand:mistral-class")],
    "Meteor": [({"BVRAAM"}, "hand:meteor"),
               ({"fighter aircraft"}, {"id": "gloster-meteor", "family": "gloster-meteor",
                                       "name": "Gloster Meteor", "origin": "GBR",
                                       "category": "fighter aircraft"})],
    "Osa": [({"mobile SAM system"}, "hand:osa"), ({"patrol craft"}, "hand:project-205")],
    "Lynx": [({"ASW helicopter", "helicopter"}, "hand:lynx"),
             ({"armoured car"}, {"id": "lynx-armoured-car", "family": "m113",
                                 "name": "Lynx command and reconnaissance vehicle",
                                 "origin": "USA", "category": "armoured vehicle"}),
             ({"self-propelled MRL"}, "hand:lynx-mrl")],
    "Hunter": [({"FGA aircraft", "fighter aircraft"},
                {"id": "hawker-hunter", "family": "hawker-hunter", "name": "Hawker Hunter",
                 "origin": "GBR", "category": "fighter aircraft", "aliases": ["Hawker Hunter"]}),
               ({"UAV"}, {"id": "rq-5-hunter", "family": "rq-5", "name": "IAI RQ-5 Hunter",
                          "origin": "ISR", "category": "unmanned aerial vehicle",
                          "aliases": ["RQ-5 Hunter", "IAI Hunter"]}),
               ({"ASW sonar"}, {"id": "hunter-sonar", "family": "hunter-sonar",
                                "name": "Hunter sonar", "origin": "DEU", "category": "sensor"})],
    "Bastion": [({"APC/APV"}, "hand:acmat-bastion"), ({"anti-tank missile"}, "hand:9m117")],
    "COBRA": [({"artillery locating radar"}, "hand:cobra-radar"),
              ({"anti-tank missile"}, {"id": "cobra-atgm", "family": "cobra-atgm",
                                       "name": "Bölkow Cobra anti-tank missile",
                                       "origin": "DEU", "category": "anti-tank missile"})],
    "P-15": [({"anti-ship missile"}, "hand:p-15"),
             ({"air search radar"}, {"id": "p-15-radar", "family": "p-15-radar",
                                     "name": "P-15 radar", "origin": "RUS", "category": "radar",
                                     "aliases": ["Flat Face A radar"]})],
    "Shmel": [({"anti-tank missile"}, "hand:shturm"),
              ({"patrol craft"}, {"id": "project-1204", "family": "project-1204",
                                  "name": "Project 1204 Shmel river gunboat", "origin": "RUS",
                                  "category": "surface ship"})],
    "Mamba": [({"APC/APV"}, {"id": "mamba-apc", "family": "mamba-apc",
                              "name": "Mamba APC", "origin": "ZAF", "category": "armoured vehicle"}),
              ({"anti-tank missile"}, {"id": "mamba-atgm", "family": "mamba-atgm",
                                       "name": "Bölkow Mamba anti-tank missile",
                                       "origin": "DEU", "category": "anti-tank missile"})],
    "Piranha": [({"APC"}, {"id": "piranha", "family": "piranha-1", "name": "Mowag Piranha",
                           "origin": "CHE", "category": "armoured vehicle"}),
                ({"patrol craft"}, {"id": "piranha-class", "family": "piranha-class",
                                    "name": "Piranha-class patrol craft", "origin": "GBR",
                                    "category": "surface ship"})],
    "Roland": [({"SAM", "mobile SAM system"}, "hand:roland"),
               ({"APC"}, {"id": "roland-apc", "family": "roland-apc",
                          "name": "Roland armoured vehicle", "origin": "DEU",
                          "category": "armoured vehicle"})],
    "Tamir": [({"SAM"}, "hand:iron-dome"),
              ({"ASW sonar"}, {"id": "tamir-sonar", "family": "tamir-sonar",
                               "name": "Tamir sonar", "origin": "USA", "category": "sensor"})],
}

ROMAN = {"Globemaster-3": "Globemaster III", "Phantom-2": "Phantom II",
         "Lightning-2": "Lightning II", "Harrier-2": "Harrier II", "Tiger-2": "Tiger II",
         "Corsair-2": "Corsair II", "Skyhawk-2": "Skyhawk II", "Patton-2": "Patton II",
         "Huey-2": "Huey II", "Pechora-2M": "Pechora-2M"}
# Display names for SIPRI designations whose bare name would clash with a
# specific alias of another family.
NAME_OVERRIDES = {
    "Viper": "Rolls-Royce Viper", "D-30": "Soloviev D-30", "Sufa": "Storm Sufa",
    "Black Scorpion ": "Black Scorpion torpedo", "Type-85": "Type 85 APC",
    "Typhoon": "Streit Typhoon", "Tiger": "Tiger APV", "Puma": "Iveco Puma",
    "Caracal": "Caracal tank destroyer", "Titan": "Titan APC", "Tornado": "Tornado APC",
    "Javelin": "Shorts Javelin", "Phantom-2": "Phantom armoured vehicle",
    "Leopard": "Leopard APV", "Maverick": "Maverick APC", "Rhino": "Rhino APC",
    "Thunder": "Thunder APC", "Wolf": "Wolf APV",
    "Eagle": "Mowag Eagle", "Archer": "Archer tank destroyer", "Gnat": "Folland Gnat",
    "Lightning": "English Electric Lightning", "Firefly": "Fairey Firefly",
    "Venom": "de Havilland Venom", "Mirage": "Mirage light aircraft",
    "Pegasus": "Rolls-Royce Pegasus", "Ghost": "de Havilland Ghost",
    "F-124": "Honeywell F124", "F-125": "Honeywell F125", "M53": "Safran M53",
    "M-88": "M88 recovery vehicle", "Scout": "Scout UAV", "Pioneer": "RQ-2 Pioneer",
    "Penguin": "Penguin UAV", "Ranger": "Ranger UAV", "Mastiff": "Mastiff UAV",
    "Luna": "EMT Luna", "Luna-NG": "EMT Luna NG", "Falco": "Selex Falco",
    "Condor": "Condor APC", "Guardian": "Guardian armoured vehicle", "Fox": "Fox armoured car",
    "Commander": "Aero Commander", "Universal": "Neiva Universal", "DART": "DART",
    "Cobra 120mm": "Cobra 120mm mortar", "Cobra 30mm": "Cobra 30mm turret",
    "Spartan": "FV103 Spartan", "Striker": "FV102 Striker", "Scorpion": "FV101 Scorpion",
    "Sea Hawk": "Hawker Sea Hawk", "Hawk": "Hawk-class patrol craft",
    "Predator": "Predator-class patrol craft", "Kolchuga": "Kolchuga",
    "Legacy": "Embraer Legacy", "Bronco": "Bronco ATTC",
    "Skyshield": "Skyshield fire control unit", "Osprey": "Osprey-class patrol vessel",
    "Tigr": "GAZ Tigr", "Heron": "IAI Heron", "Meteor NF-11": "Gloster Meteor NF.11",
    "Arrow 30mm": "Arrow 30mm AA gun", "Lynx KF41": "Lynx KF41",
    "Hunter TR-12": "Hunter TR-12",
}

# Extra aliases for SIPRI-derived rows that the hand list does not cover.
EXTRA_ALIASES = {
    "ZSU-23-4 Shilka": ["Shilka", "ZSU-23-4"], "M-982 Excalibur": ["Excalibur", "M982 Excalibur"],
    "ZSU-57-2": ["ZSU-57-2 Sparka"], "T-12 100mm/2A19": ["MT-12 Rapira", "Rapira"],
    "M-1156 PGK": ["Precision Guidance Kit"], "DM-702 SMART-155": ["SMArt 155"],
    "Krasnopol-M": ["Krasnopol"], "GBU-28": ["GBU-28 bunker buster"],
    "CBU-97 SFW": ["Sensor Fuzed Weapon"], "M-163 VADS": ["M163 Vulcan"],
    "MIM-104 PAC-2": ["PAC-2 GEM-T"],
}

CALIBRE_RE = re.compile(r"^\d+(\.\d+)?(mm|-inch|inch|in)$", re.I)
VARIANT_WORDS = {"Block", "Mk", "Mod", "Batch", "Update", "FRAM", "turret", "chassis",
                 "ARV", "AVLB", "ARRV", "CDS", "TEL", "VLS", "SAMS", "Training", "AEW",
                 "MP", "MPA", "ISR", "SIGINT", "Maritime", "HISAR", "Enforcer", "MMSA"}
SHIP_CATS = {"surface ship", "submarine"}


def slugify(text: str) -> str:
    """Lowercase ASCII slug: letters, digits and single hyphens ('.' kept)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", "").replace("\u2019", "").replace("&", " and ")
    text = re.sub(r"[^A-Za-z0-9.]+", "-", text).strip("-").lower()
    return re.sub(r"-{2,}", "-", text)


def norm_key(text: str) -> str:
    """Key used to compare names and aliases: lowercase letters and digits only."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


def normalize_code(token: str, origin: str | None, category: str | None) -> str:
    """Base model of a designation code: 'F-16C' -> 'f-16', 'Su-30MKI' -> 'su-30',
    'M-1A2' (US) -> 'm1', '2S19' -> '2s19', 'Type-209/1400' -> 'type-209'."""
    tok = re.sub(r"^EL/([MW])-", r"EL\1-", token, flags=re.I)
    if re.match(r"^AN/", tok) and origin == "USA":
        tok = tok[3:]
        category = category if category in {"radar", "sensor"} else "sensor"
    tok = re.sub(r"^AN/", "", tok)
    tok = re.sub(r"^([A-Za-z]{1,2})/(?=[A-Za-z]*-?\d)", r"\1-", tok)   # M/40, J/FPS-3, MM/SPQ-701
    tok = tok.split("/")[0] or tok
    m = re.match(r"^(\d+)-(\d+)$", tok)                       # 53-65
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = re.match(r"^(\d+[A-Za-z]+)(-?)(\d+)", tok)            # 2S19, 9M723, 3M-14E
    if m:
        return (m.group(1) + m.group(2) + m.group(3)).lower()
    m = re.match(r"^([A-Za-z]+\d+[A-Za-z]+)(?:-\d+)?[A-Za-z]*$", tok)   # F4U, SB2C, A400M
    if m and not re.match(r"^[A-Za-z]+-", tok):
        return m.group(1).lower()
    m = re.match(r"^([A-Za-z]+)(-?)(\d+)(-\d+)?", tok)        # F-16C, A330, ZSU-23-4
    if not m:
        return slugify(tok)
    prefix, sep, num, tail = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    if origin == "USA" and category in {"radar", "sensor"} and sep and \
            re.fullmatch(r"[ABFGMPSTUV][A-Z]{2}", prefix):
        return f"an/{prefix.lower()}-{num}"                 # JETDS: APG-68 -> an/apg-68
    if prefix.upper() == "ZSU" and tail:
        return f"zsu-{num}{tail}"
    if prefix == "M" and origin == "USA":
        return f"m{num}"
    if category == "helicopter" and prefix.upper() in {"AS", "SA", "EC", "AW", "NH"}:
        sep = ""
    return f"{prefix.lower()}{sep}{num}"


def rule_family(designation: str, origin: str | None = None, category: str | None = None,
                description: str | None = None) -> str:
    """The family the generic rule gives (no overrides)."""
    text = designation.strip().replace("F/A-", "F-")
    text = re.sub(r"^(Project|Type) (\d)", r"\1-\2", text)
    tokens = text.split()
    calibre = None
    if tokens and CALIBRE_RE.match(tokens[0]):                 # '40mm Twin Bofors'
        return slugify(" ".join(tokens))
    kept = []
    for t in tokens:
        if CALIBRE_RE.match(t):
            calibre = calibre or t
        else:
            kept.append(t)
    if not kept:
        return slugify(text)
    first = kept[0]
    if first.isdigit() and len(kept) > 1:                      # '20 de Julio'
        return slugify(" ".join(kept))
    if re.search(r"\d", first):
        fam = normalize_code(first, origin, category)
    else:
        words = []
        for t in kept:
            base = t.split("/")[0]
            if re.search(r"\d", base) or base in VARIANT_WORDS:
                # 'Ground Master-400', 'Ocean Eagle-43': a capitalised word with
                # a model number is part of the name; marks such as 'HAS-1',
                # 'FB-6' or 'Mk-3' are variants.
                if words and re.fullmatch(r"[A-Z][a-z]{2,}-\d+", base) and \
                        base.split("-")[0] not in VARIANT_WORDS:
                    words.append(base)
                break
            words.append(base)
            if "/" in t:
                break
        fam = slugify(" ".join(words)) or slugify(first)
        generic_gun = category == "naval weapon" or (description or "") in {
            "mortar", "AA gun", "anti-aircraft gun", "coastal defence gun", "mortar turret"}
        if calibre and generic_gun:
            fam = f"{fam}-{calibre.lower()}"
    return fam


def compact_id(designation: str, origin: str | None) -> str:
    """Id of a SIPRI entry: the designation slug without calibre and trailing
    popular name ('AH-64D Apache' -> 'ah-64d', 'M-1A2 Abrams' -> 'm1a2')."""
    tokens = [t for t in designation.strip().split() if not CALIBRE_RE.match(t)] or \
        designation.split()
    if re.search(r"\d", tokens[0]) and not tokens[0].isdigit():
        while len(tokens) > 1 and not re.search(r"\d", tokens[-1]):
            tokens = tokens[:-1]
    first = tokens[0]
    if origin == "USA":
        first = re.sub(r"^M-(\d)", r"M\1", first)
    return slugify(" ".join([first] + tokens[1:]))


def tidy_name(designation: str) -> str:
    name = designation.strip()
    for k, v in ROMAN.items():
        name = name.replace(k, v)
    name = re.sub(r"\bType-(\w)", r"Type \1", name)
    name = re.sub(r"\bProject-(\d)", r"Project \1", name)
    return re.sub(r"\s{2,}", " ", name).strip(" -")

# NATO reporting names for SIPRI-derived rows that the hand list does not
# cover; other SIPRI rows inherit the NATO names of their family's base row.
SIPRI_NATO = {
        "Kh-23 Grom": ["AS-7 Kerry"], "Kh-28": ["AS-9 Kyle"], "KSR-2": ["AS-5 Kelt"],
    "KSR-5": ["AS-6 Kingfish"], "R-23": ["AA-7 Apex"], 
    "R-40": ["AA-6 Acrid"], "Project-1124 Albatros": ["Grisha"], "Project-159": ["Petya"],
    "Project-50": ["Riga"], "Project-56A": ["Kotlin"], "Project-61ME": ["Kashin"],
    "Project-61MP": ["Kashin"], "Project-204": ["Poti"], 
    "Project-206 Shtorm": ["Shershen"], "Project-206M Shtorm": ["Turya"],
    "Project-206MR Vikhr": ["Matka"], "Project-205P": ["Stenka"],
    "Project-266M": ["Natya"], "Project-266 Rubin": ["Yurka"], "Project-254": ["T-43"],
    "Project-257": ["Vanya"], "Project-12650 Yakhont": ["Sonya"],
    "Project-10750/Lida": ["Lida"], "Project-106K": ["Vydra"], "Project-1886": ["Ugra"],
    "Project-68/Sverdlov": ["Sverdlov"], "Project-629": ["Golf"],
    "Project-670A": ["Charlie"], "Project-1799/Pelym": ["Pelym"],
    "Project-577D": ["Uda"], "Project-183R": ["Komar"],
    "SO-1": ["SO-1"], "R-11": ["SS-1b Scud-A"],
}
# Two-word NATO names of radars become aliases with 'radar' appended, because
# NATO names are also matched on their name part alone ('Net', 'Pair').
SIPRI_RADAR_NATO = {
    "P-10": "Knife Rest B", "P-20 Periskop": "Token", "MR-104 Rys": "Drum Tilt",
    "MR-123 Vynpel": "Bass Tilt", "MR-302 Rubba": "Strut Curve", "MR-310": "Head Net",
    "MR-352 Positiv": "Cross Dome", "Garpun": "Plank Shave", "MR-750 Fregat": "Top Plate",
    "Fregat-MA": "Top Plate", "MR-103 Bars": "Muff Cob",
}


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

COLUMNS = ["id", "family", "name", "category", "origin", "maker", "aliases", "nato_names", "sipri"]


class BuildError(Exception):
    pass


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


def parse_hand() -> tuple[list[dict], dict[str, str]]:
    """Rows of the hand list, and SIPRI designation -> hand id."""
    rows, sipri_map = [], {}
    for lineno, line in enumerate(HAND.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(";")]
        parts += [""] * (9 - len(parts))
        if len(parts) > 9:
            raise BuildError(f"hand line {lineno}: too many fields: {line}")
        rid, fam, name, cat, origin, maker, aliases, nato, sipri = parts
        if cat not in CATEGORY_CODES:
            raise BuildError(f"hand line {lineno}: unknown category code {cat!r}")
        row = {"id": rid, "family": fam, "name": name, "category": CATEGORY_CODES[cat],
               "origin": origin, "maker": maker, "aliases": split_list(aliases),
               "nato_names": split_list(nato), "source": "hand"}
        rows.append(row)
        for d in split_list(sipri):
            if d in sipri_map and sipri_map[d] != rid:
                raise BuildError(f"SIPRI designation {d!r} mapped to {sipri_map[d]} and {rid}")
            sipri_map[d] = rid
    return rows, sipri_map


def read_sipri(shared: Path):
    data = shared / "data"
    designations = []
    with open(data / "sipri-designations.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            designations.append({
                "designation": r["designation"],
                "descriptions": [d.strip() for d in r["descriptions"].split(";") if d.strip()],
                "suppliers": [s.strip() for s in r["suppliers"].split(";") if s.strip()],
                "rows": int(r["n_register_rows"] or 0),
            })
    register = []
    with open(data / "sipri-trade-register-1950-2023.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            register.append(r)
    return designations, register


def supplier_origin(des: str, suppliers: list[str], new_by_supplier: collections.Counter,
                    all_by_supplier: collections.Counter) -> str | None:
    """Designing state guessed from SIPRI: the supplier of most new-built
    items, else of most rows, else the first state listed."""
    for counter in (new_by_supplier, all_by_supplier):
        ranked = sorted(((n, s) for s, n in counter.items()
                         if s in COUNTRY and s not in NON_STATE_SUPPLIERS),
                        key=lambda x: (-x[0], x[1]))
        if ranked:
            return COUNTRY[ranked[0][1]]
    for s in suppliers:
        if s in COUNTRY:
            return COUNTRY[s]
    return None


def family_for(designation: str, origin: str | None, category: str,
               description: str | None) -> tuple[str, str]:
    """(family, how) for a SIPRI designation; how is 'override' or 'rule'."""
    key = designation
    if key in FAMILY_OVERRIDES:
        return FAMILY_OVERRIDES[key], "override"
    for rx, fam in _FAMILY_PATTERNS:
        m = rx.search(designation)
        if m:
            if fam is None:
                break
            return m.expand(fam) if "\\" in fam else fam, "override"
    return rule_family(designation, origin, category, description), "rule"


def ship_name(designation: str, description: str) -> str:
    kind = SHIP_DESCRIPTIONS.get(description, description)
    name = tidy_name(designation)
    if re.search(r"\d", designation):
        return name
    return f"{name}-class {kind}"


def build(shared: Path, verbose: bool = True):
    hand_rows, hand_sipri = parse_hand()
    by_id: dict[str, dict] = {}
    for row in hand_rows:
        if row["id"] in by_id:
            raise BuildError(f"duplicate hand id {row['id']}")
        by_id[row["id"]] = row

    designations, register = read_sipri(shared)
    known = {e["designation"] for e in designations}
    for table_name, table in [("hand list", hand_sipri), ("ORIGIN_OVERRIDES", ORIGIN_OVERRIDES),
                              ("FAMILY_OVERRIDES", FAMILY_OVERRIDES),
                              ("CATEGORY_OVERRIDES", CATEGORY_OVERRIDES),
                              ("NAME_OVERRIDES", NAME_OVERRIDES), ("SPLITS", SPLITS),
                              ("EXTRA_ALIASES", EXTRA_ALIASES), ("SIPRI_NATO", SIPRI_NATO),
                              ("SIPRI_RADAR_NATO", SIPRI_RADAR_NATO)]:
        unknown = sorted(set(table) - known)
        if unknown:
            raise BuildError(f"{table_name} names designations SIPRI does not have: {unknown}")
    desc_rows = collections.defaultdict(collections.Counter)
    new_sup = collections.defaultdict(collections.Counter)
    all_sup = collections.defaultdict(collections.Counter)
    for r in register:
        key = (r["weapon_designation"], r["weapon_description"])
        desc_rows[key[0]][key[1]] += 1
        all_sup[key][r["supplier"]] += 1
        if r["status"] == "New":
            new_sup[key][r["supplier"]] += 1

    # (designation, description) -> catalog id, for the coverage report.
    resolve: dict[tuple[str, str], str] = {}
    how_map: dict[str, str] = {}
    derived: list[dict] = []

    for entry in designations:
        des = entry["designation"]
        if des.strip() in GENERIC_DESIGNATIONS:
            continue
        descs = entry["descriptions"]
        counts = desc_rows.get(des, collections.Counter())
        if des in SPLITS:
            for desc_set, target in SPLITS[des]:
                if isinstance(target, str):
                    rid = target.split(":", 1)[1]
                    if rid not in by_id:
                        raise BuildError(f"split target {rid} missing")
                else:
                    rid = target["id"]
                    if rid not in by_id:
                        row = {"id": rid, "family": target["family"], "name": target["name"],
                               "category": target["category"], "origin": target["origin"],
                               "maker": "", "aliases": list(target.get("aliases", [])),
                               "nato_names": list(target.get("nato", [])), "source": "sipri"}
                        by_id[rid] = row
                for dsc in desc_set:
                    resolve[(des, dsc)] = rid
                how_map[des] = "split"
            for dsc in descs:
                if (des, dsc) not in resolve:
                    raise BuildError(f"split of {des!r} misses description {dsc!r}")
            continue
        # A designation SIPRI uses for unrelated kinds of equipment (an APC
        # and a patrol craft called 'Barracuda') becomes one row per kind;
        # the kind with most register rows keeps the plain family.
        by_group: dict[str, list[str]] = {}
        for dsc in descs:
            cat = CATEGORY_OVERRIDES.get(des) or DESC_CATEGORY.get(dsc)
            if cat is None:
                raise BuildError(f"no category for description {dsc!r} ({des})")
            by_group.setdefault(CAT_GROUP[cat], []).append(dsc)
        ranked = sorted(by_group.values(),
                        key=lambda ds: (-sum(counts.get(x, 0) for x in ds), descs.index(ds[0])))
        for rank, gdescs in enumerate(ranked):
            primary = max(gdescs, key=lambda x: (counts.get(x, 0), -descs.index(x)))
            category = CATEGORY_OVERRIDES.get(des) or DESC_CATEGORY[primary]
            new_c, all_c = collections.Counter(), collections.Counter()
            for dsc in gdescs:
                new_c.update(new_sup[(des, dsc)])
                all_c.update(all_sup[(des, dsc)])
            origin = (ORIGIN_OVERRIDES.get(des) if rank == 0 else None) or \
                supplier_origin(des, entry["suppliers"], new_c, all_c)
            hand_id = hand_sipri.get(des)
            if hand_id and _compatible(by_id[hand_id]["category"], category):
                for dsc in gdescs:
                    resolve[(des, dsc)] = hand_id
                how_map[des] = "hand"
                if _alias_worthy(des, by_id[hand_id]["category"]):
                    _add_alias(by_id[hand_id], des.strip(), auto=True)
                continue
            if rank == 0 and not hand_id:
                family, how = family_for(des, origin, category, primary)
                rid = compact_id(des, origin)
                suffix = ""
            else:
                suffix = GROUP_SUFFIX.get(category, slugify(category.split()[-1]))
                family = f"{rule_family(des, origin, category, primary)}-{suffix}"
                rid = f"{compact_id(des, origin)}-{suffix}"
                how = "split"
            if category in SHIP_CATS:
                name = (f"{tidy_name(des)} {SHIP_DESCRIPTIONS.get(primary, primary)}"
                        if suffix and re.search(r"\d", des) else
                        ship_name(des, primary) if suffix else
                        NAME_OVERRIDES.get(des) or ship_name(des, primary))
            elif suffix:
                name = f"{tidy_name(des)} {SHIP_DESCRIPTIONS.get(primary, primary)}"
            elif des in NAME_OVERRIDES:
                name = NAME_OVERRIDES[des]
            elif re.fullmatch(r"[A-Za-z\u00c0-\u024f]+", des.strip()):
                # a bare word ('Explorer', 'Variant') is named with its kind
                name = f"{des.strip()} {SHIP_DESCRIPTIONS.get(primary, primary)}"
            else:
                name = tidy_name(des)
            if family.startswith("an/") and not name.startswith("AN/"):
                name = f"AN/{name}"                         # JETDS designation
            radar_nato = SIPRI_RADAR_NATO.get(des)
            derived.append({"id": rid, "family": family, "name": name, "category": category,
                            "origin": origin or "", "maker": "",
                            "aliases": ([f"{radar_nato} radar"] if radar_nato and not suffix else [])
                            + ([] if suffix else list(EXTRA_ALIASES.get(des, []))),
                            "nato_names": list(SIPRI_NATO.get(des, [])) if not suffix else [],
                            "source": "sipri", "designation": des, "descriptions": gdescs,
                            "kind": SHIP_DESCRIPTIONS.get(primary, primary),
                            "how": how})

    # Merge SIPRI rows into hand rows with the same id (hand wins), otherwise
    # make ids unique by falling back to the full designation slug.
    id_groups = collections.defaultdict(list)
    for row in derived:
        id_groups[row["id"]].append(row)
    for rid, group in id_groups.items():
        if rid in by_id and by_id[rid]["source"] == "hand" and len(group) == 1 and \
                by_id[rid]["family"] == group[0]["family"] and \
                _compatible(by_id[rid]["category"], group[0]["category"]):
            row = group[0]
            for dsc in row["descriptions"]:
                resolve[(row["designation"], dsc)] = rid
            how_map[row["designation"]] = "hand"
            if _alias_worthy(row["designation"], by_id[rid]["category"]):
                _add_alias(by_id[rid], row["designation"].strip(), auto=True)
            continue
        for row in group:
            new_id = rid
            if rid in by_id or len(group) > 1:
                new_id = slugify(row["designation"])
                if new_id in by_id or sum(slugify(g["designation"]) == new_id for g in group) > 1:
                    new_id = f"{new_id}-{slugify(row['category'].split()[-1])}"
            n = 2
            base = new_id
            while new_id in by_id:
                new_id = f"{base}-{n}"
                n += 1
            row["id"] = new_id
            by_id[new_id] = row
            for dsc in row["descriptions"]:
                resolve[(row["designation"], dsc)] = new_id
            how_map[row["designation"]] = row["how"]
            if _alias_worthy(row["designation"], row["category"]):
                _add_alias(row, row["designation"].strip(), auto=True)

    # Oryx: Russian and Soviet equipment seen in Ukraine.
    oryx_count = add_oryx(shared, by_id)

    rows = list(by_id.values())
    disambiguate_families(rows)
    inherit_origins(rows)
    finalize(rows)
    renamed = dedupe_designation_ids(rows)
    resolve = {k: renamed.get(v, v) for k, v in resolve.items()}
    return rows, resolve, how_map, designations, register, oryx_count


def _compatible(cat_a: str, cat_b: str) -> bool:
    groups = [CAT_GROUP.get(cat_a), CAT_GROUP.get(cat_b)]
    return groups[0] == groups[1] or "missile" in groups and "land" in groups


GROUP_SUFFIX = {
    "surface ship": "class", "submarine": "class", "radar": "radar", "sensor": "sensor",
    "tank": "tank", "armoured vehicle": "vehicle", "artillery": "gun",
    "multiple rocket launcher": "mrl", "helicopter": "helicopter",
    "unmanned aerial vehicle": "uav", "naval weapon": "naval", "engine": "engine",
    "other": "other", "surface-to-air missile system": "sam", "guided bomb": "bomb",
}
CAT_GROUP = {}
for _c in ["fighter aircraft", "ground attack aircraft", "bomber aircraft", "transport aircraft",
           "tanker aircraft", "maritime patrol aircraft", "airborne early warning aircraft",
           "reconnaissance aircraft", "trainer aircraft"]:
    CAT_GROUP[_c] = "aircraft"
for _c in ["tank", "armoured vehicle", "artillery", "multiple rocket launcher"]:
    CAT_GROUP[_c] = "land"
for _c in ["surface-to-air missile system", "ballistic missile", "cruise missile",
           "anti-ship missile", "air-to-air missile", "air-to-surface missile",
           "anti-tank missile", "guided bomb"]:
    CAT_GROUP[_c] = "missile"
for _c in ["surface ship", "submarine"]:
    CAT_GROUP[_c] = "ship"
for _c in ["radar", "sensor"]:
    CAT_GROUP[_c] = "sensor"
for _c in ["helicopter", "unmanned aerial vehicle", "naval weapon", "engine", "small arms",
           "other"]:
    CAT_GROUP[_c] = _c


def _alias_worthy(designation: str, category: str) -> bool:
    """Whether a SIPRI designation is specific enough to be an alias."""
    # Only designations with a number ('C-17A Globemaster-3', 'Type-209/1400'):
    # a bare word ('Perry', 'Abu Dhabi', 'Scout', 'MILAN') is too common.
    return bool(re.search(r"\d", designation))


def _add_alias(row: dict, alias: str, auto: bool = False) -> None:
    alias = alias.strip()
    if not alias or norm_key(alias) == norm_key(row["name"]):
        return
    if any(norm_key(alias) == norm_key(a) for a in row["aliases"]):
        return
    row["aliases"].append(alias)
    if auto:
        row.setdefault("auto_aliases", set()).add(alias)


COMPATIBLE_GROUPS = [{"missile", "land"}, {"missile", "sensor"}, {"missile", "naval weapon"},
                     {"aircraft", "sensor"}, {"aircraft", "other"}, {"land", "naval weapon"},
                     {"land", "sensor"}, {"helicopter", "sensor"}]


def disambiguate_families(rows: list[dict]) -> None:
    """A derived row whose family is already used by an unrelated kind of
    system (a patrol craft called like a fighter) gets a suffix: '-class'
    for ships, otherwise the kind ('-vehicle', '-radar', '-uav', ...).  The
    hand list, or else the kind with most rows, keeps the plain family."""
    fam_rows = collections.defaultdict(list)
    for r in rows:
        fam_rows[r["family"]].append(r)
    for fam, rs in fam_rows.items():
        groups = collections.Counter(CAT_GROUP[r["category"]] for r in rs)
        if len(groups) < 2:
            continue
        hand_groups = {CAT_GROUP[r["category"]] for r in rs if r["source"] == "hand"}
        owner = next(iter(hand_groups)) if len(hand_groups) == 1 else groups.most_common(1)[0][0]
        for r in rs:
            g = CAT_GROUP[r["category"]]
            if r["source"] == "hand" or g == owner or {g, owner} in COMPATIBLE_GROUPS:
                continue
            suffix = GROUP_SUFFIX.get(r["category"], slugify(r["category"].split()[-1]))
            r["family"] = f"{fam}-{suffix}"
            r["how"] = "disambiguation"


def inherit_origins(rows: list[dict]) -> None:
    """Derived rows take the designing state of their family's hand entry:
    SIPRI's supplier is often a licensee or a second-hand seller."""
    hand_origin = {}
    for r in rows:
        if r["source"] == "hand" and r["id"] == r["family"]:
            hand_origin[r["family"]] = r["origin"]
    for r in rows:
        if r["source"] == "hand" or r.get("designation") in ORIGIN_OVERRIDES:
            continue
        if r["family"] in hand_origin:
            r["origin"] = hand_origin[r["family"]]


ORYX_CATEGORY = {
    "Tanks": "tank", "Armoured Fighting Vehicles": "armoured vehicle",
    "Infantry Fighting Vehicles": "armoured vehicle",
    "Armoured Personnel Carriers": "armoured vehicle",
    "Mine-Resistant Ambush Protected": "armoured vehicle",
    "Infantry Mobility Vehicles": "armoured vehicle",
    "Self-Propelled Anti-Tank Missile Systems": "anti-tank missile",
    "Towed Artillery": "artillery", "Self-Propelled Artillery": "artillery",
    "Multiple Rocket Launchers": "multiple rocket launcher",
    "Anti-Aircraft Guns": "artillery", "Self-Propelled Anti-Aircraft Guns": "artillery",
    "Surface-To-Air Missile Systems": "surface-to-air missile system",
    "Radars": "radar", "Jammers And Deception Systems": "other",
    "Helicopters": "helicopter", "Unmanned Combat Aerial Vehicles": "unmanned aerial vehicle",
    "Reconnaissance Unmanned Aerial Vehicles": "unmanned aerial vehicle",
    "Naval Ships": "surface ship", "Aircraft": None,
    "Engineering Vehicles And Equipment": "armoured vehicle",
}
ORYX_AIRCRAFT = {"MiG-31BM": "fighter aircraft", "Su-30SM": "fighter aircraft",
                 "Su-35S": "fighter aircraft", "Su-25": "ground attack aircraft",
                 "Su-24MR": "reconnaissance aircraft", "Su-24M/MR": "bomber aircraft",
                 "Su-34": "bomber aircraft", "Su-34M": "bomber aircraft",
                 "Tu-22M3": "bomber aircraft", "Tu-95MS": "bomber aircraft",
                 "An-26": "transport aircraft"}
# Engineering equipment kept from Oryx: armoured engineering / recovery
# vehicles and bridge layers (trucks, cranes, generators are not weapon systems).
ORYX_ENGINEERING = re.compile(r"^(BREM|IMR|BAT-2|MTU-72|TMM-3|UR-77|UR-67|GMZ-3|BTS-4|"
                              r"MDK-3|PZM-2|Uran-6|PTS-2)")
CYRILLIC = str.maketrans({"М": "M", "С": "S", "Е": "E", "А": "A", "В": "B", "К": "K",
                          "Т": "T", "О": "O", "Р": "P", "Н": "H"})
ORYX_FOR = re.compile(r"\((?:[^()]*?\bfor\s+)([^()]+)\)")


def add_oryx(shared: Path, by_id: dict[str, dict]) -> int:
    path = shared / "data" / "oryx-russian-equipment-models.csv"
    added = 0
    keys = {norm_key(r["name"]) for r in by_id.values()}
    for r in by_id.values():
        keys.update(norm_key(a) for a in r["aliases"])
    alias_family = {}
    for r in by_id.values():
        if r["source"] == "hand":
            for text in [r["name"], r["id"]] + r["aliases"]:
                alias_family.setdefault(norm_key(text), (r["family"], r["category"]))
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for rec in reader:
            if len(rec) < 4:
                continue
            model, cat_oryx, country = rec[0], rec[1], rec[3]
            if cat_oryx not in ORYX_CATEGORY or country not in ORYX_COUNTRY:
                continue
            model = model.translate(CYRILLIC).replace("'", "").replace('"', "").strip()
            if "Unknown" in model or " with " in model or "-based" in model:
                continue
            model = re.sub(r"\(([^()\s]+)\)", r"\1", model)     # BMP-1(P) -> BMP-1P
            m = ORYX_FOR.search(model)
            for_target = m.group(1).strip() if m else None
            text = ORYX_FOR.sub("", model)
            text = re.sub(r"\([^()]*\)", "", text)
            text = text.split(" and ")[0]
            text = re.sub(r"^\d+(\.\d+)?mm\s+", "", text)           # leading calibre
            words = []
            for w in text.split():
                if re.fullmatch(r"[a-z][a-z-]*", w) and w not in {"or"}:
                    break
                if w == "or":
                    break
                words.append(w)
            desig = " ".join(words).strip()
            if cat_oryx == "Naval Ships":
                desig = " ".join(desig.split()[:2])          # 'Project 775'
            if not desig:
                continue
            category = ORYX_CATEGORY[cat_oryx]
            if cat_oryx == "Aircraft":
                category = ORYX_AIRCRAFT.get(desig.split()[0])
                if category is None:
                    continue
            if cat_oryx == "Engineering Vehicles And Equipment" and \
                    not ORYX_ENGINEERING.match(desig):
                continue
            origin = ORYX_COUNTRY[country]
            family = None
            for text_part in ([for_target] if for_target else []) + [desig]:
                family = family or _family_by_alias(text_part, alias_family, category)
            if family is None:
                family, _ = family_for(desig, origin, category, None)
            rid = slugify(desig)
            if rid in by_id or norm_key(desig) in keys or \
                    slugify(re.sub(r"^Project (\d)", r"Project-\1", desig)) in by_id:
                continue
            name = desig if not for_target else f"{desig} for {for_target}"
            by_id[rid] = {"id": rid, "family": family, "name": name, "category": category,
                          "origin": origin, "maker": "", "aliases": [], "nato_names": [],
                          "source": "oryx", "how": "rule"}
            keys.add(norm_key(desig))
            added += 1
    return added


def _family_by_alias(text: str, alias_family: dict[str, tuple[str, str]],
                     category: str) -> str | None:
    """Family of the hand entry named by the text or by one of its tokens
    ('9P149 Shturm-S' -> shturm, '1L260 Zoopark-1M ...' -> zoopark), if that
    entry is the same kind of system."""
    tokens = text.split()
    candidates = [" ".join(tokens[:n]) for n in range(len(tokens), 0, -1)]
    candidates += [t for t in tokens[1:] if not re.fullmatch(r"[A-Z]+\d+", t)]
    for cand in candidates:
        hit = alias_family.get(norm_key(cand))
        if hit and _compatible(hit[1], category):
            return hit[0]
    return None


def designation_keys(row: dict) -> set[str]:
    """The keys under which the system recogniser (armsledger.nlp.systems)
    files a row: lowercase alphanumerics of id, name, aliases, NATO names and
    NATO codes that contain a digit."""
    nato = row["nato_names"]
    texts = [row["id"], row["name"], *row["aliases"], *nato, *(n.split()[0] for n in nato)]
    keys = {re.sub(r"[^a-z0-9]", "", t.lower()) for t in texts}
    return {k for k in keys if re.search(r"\d", k)}


def exact_names(row: dict) -> set[str]:
    """Exact strings the recogniser matches: name, aliases, NATO names and the
    name part of a numbered NATO name ('SA-21 Growler' -> 'Growler')."""
    names = {row["name"], *row["aliases"], *row["nato_names"]}
    for n in row["nato_names"]:
        parts = n.split(maxsplit=1)
        if len(parts) == 2 and not re.search(r"\d", parts[1]):
            names.add(parts[1])
    return names


def dedupe_designation_ids(rows: list[dict]) -> dict[str, str]:
    """A derived row whose id reads like another family's designation
    ('m-48' for a German MCM ship vs the M48 tank) takes its full SIPRI
    designation as id ('m-48-mcm' style fallback)."""
    owners = collections.defaultdict(set)
    for r in rows:
        for k in designation_keys(r):
            owners[k].add(r["family"])
    taken = {r["id"] for r in rows}
    renamed = {}
    for r in rows:
        if r["source"] == "hand":
            continue
        k = re.sub(r"[^a-z0-9]", "", r["id"])
        if not re.search(r"\d", k) or owners.get(k, set()) <= {r["family"]}:
            continue
        candidates = [slugify(r.get("designation") or r["name"]),
                      f"{slugify(r.get('designation') or r['name'])}-"
                      f"{GROUP_SUFFIX.get(r['category'], slugify(r['category'].split()[-1]))}"]
        for cand in candidates:
            ck = re.sub(r"[^a-z0-9]", "", cand)
            if cand not in taken and owners.get(ck, set()) <= {r["family"]}:
                taken.discard(r["id"])
                renamed[r["id"]] = cand
                r["id"] = cand
                taken.add(cand)
                break
        nk = re.sub(r"[^a-z0-9]", "", r["name"].lower())
        if owners.get(nk, set()) - {r["family"]} and r.get("kind"):
            r["name"] = f"{r['name']} {r['kind']}"
    return renamed


def finalize(rows: list[dict]) -> None:
    """Drop automatic aliases that collide with another family, then validate."""
    owner: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        for text in [r["name"]] + r["aliases"] + r["nato_names"]:
            owner[norm_key(text)].add(r["family"])
    key_owner: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        for k in designation_keys({**r, "aliases": [a for a in r["aliases"]
                                                    if a not in r.get("auto_aliases", set())]}):
            key_owner[k].add(r["family"])
    for r in rows:
        auto = r.get("auto_aliases", set())
        r["aliases"] = [a for a in r["aliases"]
                        if a not in auto or (
                            owner.get(norm_key(a), {r["family"]}) <= {r["family"]} and
                            key_owner.get(re.sub(r"[^a-z0-9]", "", a.lower()),
                                          {r["family"]}) <= {r["family"]})]
        # exact duplicates only: other spellings ('Scorpène'/'Scorpene') are
        # kept, the recogniser matches names verbatim
        seen = {r["name"], *r["nato_names"]}
        kept = []
        for a in r["aliases"]:
            if a not in seen:
                kept.append(a)
                seen.add(a)
        r["aliases"] = kept


GENERIC_ALIAS_WORDS = {
    "tank", "tanks", "helicopter", "helicopters", "missile", "missiles", "drone", "drones",
    "aircraft", "jet", "jets", "fighter", "fighters", "frigate", "submarine", "radar",
    "rocket", "rockets", "artillery", "howitzer", "mortar", "gun", "vehicle", "apc",
    "ifv", "mbt", "sam", "uav", "ucav", "ship", "boat", "corvette", "destroyer",
    "air defense", "air defence", "bomb", "torpedo", "launcher", "system", "systems",
    "armored vehicle", "armoured vehicle", "warship", "carrier", "transport", "trainer",
}


def validate(rows: list[dict]) -> list[str]:
    errors = []
    allowed = set(SYSTEM_CATEGORIES)
    seen = set()
    for r in rows:
        rid = r["id"]
        if rid in seen:
            errors.append(f"duplicate id {rid}")
        seen.add(rid)
        if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]*", rid):
            errors.append(f"bad id {rid!r}")
        if r["category"] not in allowed:
            errors.append(f"{rid}: category {r['category']!r} not allowed")
        if not re.fullmatch(r"[A-Z]{3}", r["origin"] or ""):
            errors.append(f"{rid}: origin {r['origin']!r} is not alpha-3")
        if not r["family"] or r["family"] != r["family"].lower() or re.search(r"\s", r["family"]):
            errors.append(f"{rid}: bad family {r['family']!r}")
        if not r["name"]:
            errors.append(f"{rid}: empty name")
        for a in r["aliases"] + r["nato_names"]:
            if "|" in a or not a.strip():
                errors.append(f"{rid}: bad list value {a!r}")
            if a.strip().lower() in GENERIC_ALIAS_WORDS:
                errors.append(f"{rid}: generic alias {a!r}")
    # Aliases (and NATO names) must not collide across families, neither with
    # each other nor with another family's display name.
    owner = collections.defaultdict(set)
    for r in rows:
        for text in r["aliases"] + r["nato_names"]:
            owner[norm_key(text)].add(r["family"])
    for r in rows:
        k = norm_key(r["name"])
        if k in owner and owner[k] - {r["family"]}:
            errors.append(f"name {r['name']!r} ({r['family']}) is an alias of "
                          f"{sorted(owner[k] - {r['family']})}")
    for k, fams in owner.items():
        if len(fams) > 1:
            errors.append(f"alias key {k!r} shared by families {sorted(fams)}")
    # What armsledger.nlp.systems matches: exact names (incl. the name part of
    # numbered NATO names) and designation keys must each point to one family.
    exact = collections.defaultdict(set)
    keyed = collections.defaultdict(set)
    for r in rows:
        for n in exact_names(r):
            exact[n].add(r["family"])
        for k in designation_keys(r):
            keyed[k].add(r["family"])
    for n, fams in sorted(exact.items()):
        if len(fams) > 1:
            errors.append(f"matched name {n!r} shared by families {sorted(fams)}")
    for k, fams in sorted(keyed.items()):
        if len(fams) > 1 and k not in ACCEPTED_KEY_CLASHES:
            errors.append(f"designation key {k!r} shared by families {sorted(fams)}")
    return errors


# Designation keys two real systems share through a NATO code.  Both are
# kept (the NATO name is a fact); armsledger.nlp.systems keeps whichever
# family entry comes last in the file for a key both own ('AT-4' -> fagot).
ACCEPTED_KEY_CLASHES = {
    "at4": "AT4 launcher (at4) vs NATO code AT-4 of the 9M111 Fagot",
    "at6": "AT-6 Wolverine (at-6) vs NATO code AT-6 of the 9K114 Shturm",
}


def write_csv(rows: list[dict], path: Path) -> None:
    rows = sorted(rows, key=lambda r: r["id"])
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r["id"], r["family"], r["name"], r["category"], r["origin"],
                        r["maker"], "|".join(r["aliases"]), "|".join(r["nato_names"]),
                        "|".join(sorted(r.get("sipri", ())))])


def coverage_report(rows, resolve, how_map, register, n_pairs: int = 30) -> dict:
    by_id = {r["id"]: r for r in rows}
    pairs = collections.Counter((r["supplier"], r["recipient"]) for r in register)
    top = {p for p, _ in pairs.most_common(n_pairs)}
    items = collections.Counter()
    for r in register:
        if (r["supplier"], r["recipient"]) in top:
            items[(r["weapon_designation"], r["weapon_description"])] += 1
    designations = sorted({d for d, _ in items})
    generic = [d for d in designations if d.strip() in GENERIC_DESIGNATIONS]
    resolved, unresolved, by_how = [], [], collections.Counter()
    text_keys = collections.defaultdict(set)
    for r in rows:
        for t in [r["id"], r["name"]] + r["aliases"]:
            text_keys[norm_key(t)].add(r["id"])
    text_hits = 0
    detail = []
    for d in designations:
        if d in generic:
            continue
        descs = [dsc for (dd, dsc) in items if dd == d]
        ids = {resolve.get((d, dsc)) for dsc in descs}
        if None in ids:
            unresolved.append(d)
            continue
        resolved.append(d)
        how = how_map.get(d, "?")
        fams = sorted({by_id[i]["family"] for i in ids})
        rf = rule_family(d)
        if how == "rule" or fams == [rf]:
            how = "rule"
        by_how[how] += 1
        if norm_key(d) in text_keys:
            text_hits += 1
        detail.append((d, fams, how))
    return {"pairs": len(top), "designations": len(designations), "generic": generic,
            "resolved": resolved, "unresolved": unresolved, "by_how": by_how,
            "text_hits": text_hits, "detail": detail}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"),
                    help="shared directory holding data/ (SIPRI and Oryx files)")
    ap.add_argument("--out", type=Path,
                    default=Path(__file__).resolve().parent.parent / "src" / "armsledger"
                    / "data" / "systems.csv")
    ap.add_argument("--details", action="store_true",
                    help="print every designation of the coverage check with its family")
    args = ap.parse_args(argv)
    try:
        rows, resolve, how_map, designations, register, oryx_count = build(args.shared)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    errors = validate(rows)
    if errors:
        for e in errors:
            print(f"validation error: {e}", file=sys.stderr)
        print(f"{len(errors)} validation errors; nothing written", file=sys.stderr)
        return 1
    # SIPRI's own designation strings, for looking SIPRI rows up (never for
    # matching running text: "Hunter" or "Perry" are too common to be aliases).
    by_row_id = {r["id"]: r for r in rows}
    for (designation, _description), row_id in resolve.items():
        row = by_row_id.get(row_id)
        if row is not None and designation.strip():
            row.setdefault("sipri", set()).add(designation.strip())
    write_csv(rows, args.out)
    src = collections.Counter(r["source"] for r in rows)
    print(f"wrote {len(rows)} rows to {args.out}")
    print(f"  sources: hand {src['hand']}, SIPRI-derived {src['sipri']}, Oryx-derived {src['oryx']}")
    print(f"  families: {len({r['family'] for r in rows})}")
    print("rows per category:")
    cats = collections.Counter(r["category"] for r in rows)
    for c in SYSTEM_CATEGORIES:
        print(f"  {cats.get(c, 0):5d}  {c}")
    rep = coverage_report(rows, resolve, how_map, register)
    total = rep["designations"] - len(rep["generic"])
    print(f"coverage of the {rep['pairs']} largest supplier-recipient pairs "
          f"(by trade-register rows): {rep['designations']} designations")
    print(f"  generic, no family by design: {len(rep['generic'])} ({', '.join(rep['generic'])})")
    pct = 100.0 * len(rep["resolved"]) / total if total else 0.0
    print(f"  resolved to a catalog row: {len(rep['resolved'])}/{total} ({pct:.1f}%)")
    print(f"  found by exact name/alias/id text: {rep['text_hits']}/{total}")
    for how, n in sorted(rep["by_how"].items()):
        label = {"rule": "family = generic designation rule",
                 "hand": "hand-curated entry",
                 "override": "reviewed family override",
                 "split": "designation split by description",
                 "disambiguation": "suffixed to avoid a name clash"}.get(how, how)
        print(f"    {n:5d}  {label}")
    if rep["unresolved"]:
        print("  unresolved: " + ", ".join(rep["unresolved"]))
    if args.details:
        for d, fams, how in rep["detail"]:
            print(f"    {d!r:40} -> {','.join(fams):25} [{how}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
