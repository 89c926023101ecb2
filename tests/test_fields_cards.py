"""Field parsing on labelled text-only cards: what a user would see in the
contact for each card in tests/data/text_cards*.yaml, field by field."""
from __future__ import annotations

from pathlib import Path

import pytest

from cardcap.evaluate import score_card
from cardcap.export.jsonout import contact_to_dict
from cardcap.fields import parse_card
from cardcap.textcards import as_label, load_text_cards

DATA = Path(__file__).parent / "data"
CARDS = [card for name in ("text_cards.yaml", "text_cards_english.yaml", "text_cards_photos.yaml", "text_cards_offices.yaml",
                            "text_cards_ocr_slips.yaml", "text_cards_decoys.yaml", "text_cards_regions.yaml",
                            "text_cards_tech.yaml", "text_cards_names.yaml", "text_cards_photo_ocr.yaml",
                            "text_cards_employers.yaml", "text_cards_corporate.yaml", "text_cards_institutions.yaml",
                            "text_cards_smallbiz.yaml", "text_cards_interviewers.yaml", "text_cards_phone_photos.yaml",
                            "text_cards_tesseract.yaml", "text_cards_layouts.yaml", "text_cards_sectors.yaml",
                            "text_cards_everyday_us.yaml", "text_cards_everyday_intl.yaml", "text_cards_blind_a.yaml",
                            "text_cards_blind_b.yaml", "text_cards_blind_c.yaml", "text_cards_blind_d.yaml",
                            "text_cards_blind_e.yaml", "text_cards_blind_f.yaml", "text_cards_blind_g.yaml",
                            "text_cards_blind_h.yaml", "text_cards_blind_i.yaml", "text_cards_blind_j.yaml",
                            "text_cards_blind_k.yaml", "text_cards_blind_l.yaml", "text_cards_blind_m.yaml",
                            "text_cards_blind_n.yaml", "text_cards_blind_o.yaml", "text_cards_blind_p.yaml",
                            "text_cards_blind_q.yaml", "text_cards_blind_r.yaml",
                            "text_cards_blind_s.yaml", "text_cards_blind_t.yaml", "text_cards_blind_u.yaml",
                            "text_cards_blind_v.yaml", "text_cards_blind_w.yaml", "text_cards_blind_x.yaml",
                            "text_cards_blind_y.yaml", "text_cards_blind_z.yaml", "text_cards_blind_aa.yaml",
                            "text_cards_blind_ab.yaml", "text_cards_blind_ac.yaml", "text_cards_blind_ad.yaml",
                            "text_cards_blind_ae.yaml", "text_cards_blind_af.yaml", "text_cards_blind_ag.yaml",
                            "text_cards_blind_ah.yaml", "text_cards_blind_ai.yaml", "text_cards_blind_aj.yaml",
                            "text_cards_blind_ak.yaml", "text_cards_blind_al.yaml", "text_cards_blind_am.yaml",
                            "text_cards_blind_an.yaml", "text_cards_blind_ao.yaml", "text_cards_blind_ap.yaml",
                            "text_cards_blind_aq.yaml", "text_cards_blind_ar.yaml", "text_cards_blind_as.yaml",
                            "text_cards_blind_at.yaml", "text_cards_blind_au.yaml", "text_cards_blind_av.yaml",
                            "text_cards_blind_aw.yaml", "text_cards_blind_ax.yaml", "text_cards_blind_ay.yaml",
                            "text_cards_blind_az.yaml", "text_cards_blind_ba.yaml", "text_cards_blind_bb.yaml",
                            "text_cards_blind_bc.yaml", "text_cards_blind_bd.yaml", "text_cards_blind_be.yaml",
                            "text_cards_blind_bf.yaml", "text_cards_blind_bg.yaml", "text_cards_blind_bh.yaml",
                            "text_cards_blind_bk.yaml", "text_cards_blind_bi.yaml", "text_cards_blind_bj.yaml",
                            "text_cards_blind_bl.yaml", "text_cards_blind_bm.yaml", "text_cards_blind_bn.yaml",
                            "text_cards_blind_bo.yaml", "text_cards_blind_bp.yaml", "text_cards_blind_bq.yaml",
                            "text_cards_blind_br.yaml", "text_cards_blind_bs.yaml", "text_cards_blind_bt.yaml",
                            "text_cards_blind_bu.yaml", "text_cards_blind_bv.yaml", "text_cards_blind_bw.yaml",
                            "text_cards_blind_bx.yaml", "text_cards_blind_by.yaml", "text_cards_blind_bz.yaml",
                            "text_cards_blind_ca.yaml", "text_cards_blind_cd.yaml", "text_cards_blind_ce.yaml",
                            "text_cards_blind_cb.yaml", "text_cards_blind_cc.yaml",
                            "text_cards_blind_ch.yaml", "text_cards_blind_ci.yaml",
                            "text_cards_blind_cf.yaml", "text_cards_blind_cg.yaml",
                            "text_cards_blind_cl.yaml", "text_cards_blind_cm.yaml",
                            "text_cards_blind_cj.yaml", "text_cards_blind_ck.yaml",
                            "text_cards_blind_cp.yaml", "text_cards_blind_cq.yaml",
                            "text_cards_blind_cn.yaml", "text_cards_blind_co.yaml",
                            "text_cards_blind_ct.yaml", "text_cards_blind_cu.yaml", "text_cards_blind_cv.yaml",
                            "text_cards_blind_cr.yaml", "text_cards_blind_cs.yaml",
                            "text_cards_blind_cw.yaml", "text_cards_blind_cx.yaml",
                            "text_cards_blind_da.yaml", "text_cards_blind_db.yaml", "text_cards_blind_dc.yaml",
                            "text_cards_blind_cy.yaml", "text_cards_blind_cz.yaml",
                            "text_cards_blind_df.yaml", "text_cards_blind_dg.yaml",
                            "text_cards_blind_dd.yaml", "text_cards_blind_de.yaml")
         for card in load_text_cards(DATA / name)]
FIELDS = ("name", "title", "department", "company", "address", "emails", "phones", "urls")

KNOWN_GAPS = {
    # strict: a gap that gets fixed fails here until it is taken off the list
    "in-ca-partner-prefix-national-numbers": "'Chartered Accountants' is joined to the firm; a flat and building "
                                             "line 'B-204, Shanti Complex' is not taken for a street",
    # text_cards_photos.yaml
    "au-lowercase-freelancer-handles-city-only": "DEBATABLE: 'ux + service design', a discipline, is not read as a title",
    "nl-name-title-one-row-kvk-smallprint": "a name and a title on one row with only spaces between are not split",
    "us-spaced-logo-team-card": "two people side by side on one row: the second person's phone is kept on the "
                                "first (and after some retrains the two are read as one name)",
    "il-quoted-nickname-icons-o-as-phone": "DEBATABLE: a bare '/in/yonilevi' after a LinkedIn icon is not a site",
    # text_cards_offices.yaml
    "us-consulting-title-split-around-dept-two-emails": "DEBATABLE: a second title line under the department is dropped",
    # text_cards_ocr_slips.yaml
    "us-accents-dropped-name-corn-trailing-dot-phone": "UNRECOVERABLE: 'Jose Martinez' is a name without accents too",
    "ca-accents-dropped-name-city-merged-title": "UNRECOVERABLE: 'Genevieve', 'Montreal' are spelled so too",
    "ca-o-for-a-title-dropped-first-letter-company-cell-glued": "'Dota' for 'Data': four-letter words are not mended",
    # text_cards_decoys.yaml
    "in-dropped-last-letter-title-e-for-c-company-email-no-dot": "'Lea' for 'Lead' is too short to mend; 'Fintcch' "
                                                                 "has no lookalike the address vouches for",
    # text_cards_regions.yaml
    "hk-law-partner-direct-suite-floor-tagline": "a Hong Kong address with no postcode and '88 Queensway' (no "
                                                 "street word) is not found",
    "hk-hr-english-chinese-name-one-line-address-852-parens": "the company line right over a one-line address "
                                                              "is lost",
    "ae-md-difc-noise-spaced-logo-two-column-e-icon-leve1": "DEBATABLE: the spaced logo, not the legal name",
    "ae-eng-manager-title-above-name-jlt-cluster-dmcc-footer": "DEBATABLE: the logo, not the legal name in the footer",
    "ng-eng-manager-abuja-cbd-fct-unlabelled-phones-logo-last": "a given name the lexicon lacks ('Emeka') with a "
                                                                "taller logo below: no name, so no title; "
                                                                "'Abuja, FCT 900211' is no locality",
    "ke-hr-westlands-po-box-postcode-cell-two-emails": "a street with no number ('Chiromo Road') and a Kenyan "
                                                       "'P.O. Box 12345-00100' give no address",
    "ke-recruiter-upper-hill-noise-icons-two-column-zero-for-o": "'Matumbat0' is no place word to mend; "
                                                                 "'Upper Hill, Nairobi' is no locality",
    "ca-eng-manager-ottawa-bilingual-pipe-title-dept-legal-footer": "DEBATABLE: the logo 'Boréal', not the legal "
                                                                    "name in small print",
    # text_cards_tech.yaml
    "us-ocr-two-columns-joined-glued-mobile-dash-dept-city-only": "DEBATABLE: a unit after the title's dash stays in "
                                                                  "the title",
    "gb-ocr-right-column-first-glued-labels-dash-dept": "DEBATABLE: a unit after the title's dash ('Engineering Manager "
                                                        "– Data') stays in the title, as most labelled cards type it",
    "us-ocr-two-columns-joined-eng-abbrev-dash-dept-one-line-address": "a team 'Mobile' after the title's dash is "
                                                                       "taken for a phone label",
    "gb-agency-sr-consultant-dash-ddi-two-emails-x-handle": "DEBATABLE: a specialism after a dash stays in the title",
    # text_cards_names.yaml
    "gb-prof-dept-between-name-two-title-lines": "a School over two title lines: the second title line wins and "
                                                 "the School is read as a company",
    # text_cards_photo_ocr.yaml
    "us-logo-5-company-line-lost-member-fdic-misread": "DEBATABLE: no company is guessed from the web domain alone",
    "us-logo-word-split-ligature-title-e-t-f-icons": "DEBATABLE: a wordmark split in two ('Bright Wave') is not "
                                                     "joined by the domain",
    "us-rrr-logo-website-lost-accent-dropped-name": "UNRECOVERABLE: the site line and the accent were not read",
    "us-title-lost-pipe-read-as-1": "UNRECOVERABLE title (the line was lost); a '|' read as '1' between two numbers",
    "gb-address-first-logo-word-split-ligature-email": "DEBATABLE: a wordmark split in two ('Silver Birch')",
    "gb-garbage-logo-company-line-lost-initials-domain": "UNRECOVERABLE: the logo was garbage and the domain is "
                                                         "initials",
    "ca-title-split-accents-dropped-address-amp-icon": "UNRECOVERABLE: accents the OCR dropped from the address",
    "ca-address-first-periods-department-lost": "UNRECOVERABLE: the department line was not read",
    "au-logo-amp-lost-ligature-title-address-lines-merged-site-lost": "UNRECOVERABLE: the site line was not read",
    "ie-monogram-company-line-lost-merged-name-title-icons": "a monogram 'KF' is taken for the company when the "
                                                            "company line was lost",
    # text_cards_employers.yaml
    "us-middle-school-assistant-principal-district-footer-hours": "a school named after a person ('Lincoln Ridge') "
                                                                  "scores as a name; the district footer wins",
    "us-isd-superintendent-office-of-pobox-l-for-i": "'Office of the Superintendent' is not read as a department",
    "us-community-college-program-coordinator-building-room-handle": "a department between the company and the "
                                                                     "name is dropped",
    "us-staffing-tech-recruiter-contract-on-behalf-space-in-title": "DEBATABLE: '| Contract' is split off as a "
                                                                    "department",
    "ca-credit-union-space-in-company-tollfree-branch-hours": "a branch named after a place that is also a given "
                                                              "name ('Nelson Main Branch') scores as a name",
    # text_cards_corporate.yaml, text_cards_institutions.yaml
    "us-ib-md-pipe-dual-title-global-markets-assistant": "DEBATABLE: the logo, not 'Haldane Sterling & Co.' ('& Co.' is no legal form here)",
    "us-airline-stray-pipe-title-space-in-dept-icon-r": "'People & Cu Iture': a split word with an I for l",
    "us-bank-cib-dept-above-name-assistant-member-fdic": "a unit line above the name is dropped when the title's bar gives a department",
    "us-pharma-msl-roman-il-lookalike-subsidiary-of-ag": "'Liaison Il' (l for I in a numeral); a two-line logo in capitals",
    "ca-telecom-office-of-president-two-labelled-offices-0-for-o": "'Office of the President & CEO' reads as a title",
    "au-consulting-partner-head-of-deals-gpo-box-liability-limited-member": "DEBATABLE: 'Clarendon Holt' without 'Australia'",
    "sg-bank-logo-abbrev-long-apac-title-global-markets-did-hp": "the registration footer is taken for the company",
    "us-county-hr-department-division-room-admin-center-pipe-zero":
        "address 'County Administration Center, Room 204' for 'County Administration Center, Room 204, 400 Main Street, Greeley, CO 80631'; department 'Human Resources Department' for 'Human Resources Department, Talent Acquisition Division'",
    "us-health-system-physician-recruiter-credential-space-in-title": "a unit with no unit word is no department",
    "uk-research-institute-division-senior-research-fellow-group-l-for-i": "a research group under the title beats the Division",
    "ca-health-authority-clinical-director-program-unit-hospital-wing": "'4B West' (a hospital wing) reads as a "
                                                                        "street; DEBATABLE: the program over the "
                                                                        "unit is joined to the department",
    "ca-federal-bilingual-government-of-canada-agency-directorate-gc-ca": "the agency's French name on its own line joins the English one",
    "ca-city-hr-division-in-department-1-for-i-space-in-url": "a Division under a Department is dropped; 'k elsofalls.ca' (a space in the site)",
    "au-state-gov-crest-hhs-clinical-nurse-manager-unit-hospital-block": "a 'Queensland Government' line over the health service makes it the department",
    # text_cards_smallbiz.yaml
    "us-architecture-studio-logo-last-aia-ncarb-lowercase-o-m-labels-handle":
        "a studio as the unit ('Healthcare + Science Studio') is not read as the department",
    "us-dental-practice-dentists-line-above-manager-grid-address-phone-text-fax":
        "DEBATABLE: the practice's dentists printed over the manager: the first name printed is taken",
    "us-property-management-two-line-wordmark-ext-after-hours-line-broker-footer":
        "a list of services under the title is read as the department",
    "us-restaurant-group-support-center-p-c-pipe-careers-path-brand-list":
        "DEBATABLE: 'Restaurant Support Center' over the street is kept in the address",
    "au-accounting-practice-ca-postnominal-p-m-e-labels-level-and-gpo-box-liability":
        "DEBATABLE: a logo's trade line ('Tax & Advisory') is not joined to it (joining such lines took taglines and "
        "units on older cards)",
    "au-landscape-architects-pipe-title-ph-mob-one-line-level-suite-logo-last":
        "a site and an email on one line run together into a false address and the site is lost",
    # text_cards_interviewers.yaml
    "us-nurse-manager-msn-rn-unit-line-unit-phone-fax":
        "a hospital unit opening with a number ('4 West ...') is read as the street; the phone label 'Unit' stays in "
        "the address",
    "us-leading-initial-iii-dept-above-name-two-line-vp-title":
        "a unit between the company and the name is not read as the department",
    "us-hyphen-surname-pmp-manager-ii-team-then-business-unit":
        "a team over a business unit: neither is read as the department",
    "sg-cfa-vp-product-team-then-business-unit-ocr-letter-o-one-for-l":
        "a team over a business unit: the unit is taken, not the team",
    # text_cards_phone_photos.yaml
    "us-title-split-copyright-web-icon-in-path-B-for-8-zip":
        "DEBATABLE: a bare '/in/handle' after a LinkedIn icon is not a site; the title's third line is dropped "
        "(and read as a one-word team)",
    "us-logo-partial-cl-for-d-title-address-line-split":
        "'Heacl of People Operations': the labeller reads the misread title as a department (words are mended after "
        "labelling)",
    "us-founder-icons-in-path-site-hyphen-lost":
        "DEBATABLE: a bare '/in/handle' is not a site; a site's lost hyphen is not put back from the email",
    "gb-spaced-caps-name-logo-5-postcode-S-for-5": "'L51' is a valid outward code, so 'LS1' is not guessed",
    "gb-logo-junk-title-split-l-for-I-name":
        "a title whose first line reads as a department ('Graduate Recruitment and Early Careers' over 'Manager')",
    "gb-solicitor-rn-for-m-email-and-footer-amp-icon":
        "'Kingsrnead' in the email and the logo alike: no second spelling to mend it by",
    "au-spaced-caps-wordmark-gaps-O-for-0-tagline-lost": 'a letter-spaced logo read with gaps is not rejoined',
    "ie-right-column-first-logo-partial-rn-for-m-in-icon":
        "a partial logo ('BIOWORKS'); 'Parkrnore'; a bare '/in/handle' is not a site (DEBATABLE)",
    # text_cards_tesseract.yaml
    "us-tess-navy-band-website-lost-copyright-amp-icons-c-for-o": 'UNRECOVERABLE: the site was lost on a dark band',
    "us-tess-letterspaced-wordmark-gaps-cl-for-d-street-comma-in-phone":
        "a letter-spaced logo with gaps; 'Broaclway'",
    "us-tess-name-hyphen-lost-em-dash-as-hyphen-comma-in-email-stray-i":
        "a lost hyphen in the family name ('HollisGrant') is not put back from the email",
    "us-tess-rn-for-m-name-corn-email-vvww-li-for-h-street": "'Churcli': 'li' for h in a street name no list knows",
    "us-tess-lookalike-digits-l-O-phones-S-zip-bldg-b-read-8":
        "UNRECOVERABLE: 'Bldg B' read 'Bldg 8'; a split logo 'stonewall MICRO SYSTEMS' is not rejoined",
    "gb-tess-teal-band-wordmark-junk-company-in-footer-O-mobile-rn-for-m":
        "the logo was lost on a band; the company only in the footer's legal line is not taken",
    "gb-tess-flatbed-spaces-lost-and-doubled-label-glued-l-for-1-postcode":
        "a long company name broken over two lines loses its second line; the team is not read",
    "ca-tess-grave-read-acute-ext-comma-hyphen-lost-mobile-logo-junk":
        "UNRECOVERABLE: 'Geneviéve' is a plausible spelling as read",
    "ca-tess-dark-band-address-lost-smallcaps-title-mixed-case": 'UNRECOVERABLE: the address was lost on a dark band',
    "ie-tess-fadas-lost-name-rule-junk-above-and-below-ddi-mob": 'UNRECOVERABLE: the fadas were lost in the name',
    # text_cards_layouts.yaml
    "us-health-system-division-em-dash-pavilion-floor-clinic-direct-assistant-fax":
        "'Brightwater Health — Cardiology Group' is kept whole as the company; the premises lines over a hospital's "
        "street are not the address",
    "us-grocer-dba-footer-business-park-building-reception-direct-app-store-line":
        "'Store Support Center' is kept in the address",
    "us-foundation-caps-dept-above-name-c-o-law-firm-address":
        "a unit in capitals above the name is not read as the department",
    "us-vertical-lowercase-two-line-wordmark-split-name-team-by-address":
        "a lower-case two-line logo keeps one line; a team by the address is not read",
    "au-vertical-split-name-two-line-title-shop-level-shopping-centre-store-line":
        "DEBATABLE: a shopping centre's name broken over two lines before the street",
    "au-hospital-campus-building-wing-reception-direct-unit-line-by-address":
        "a unit by the address is not read; the premises lines are not all joined",
    "nz-team-above-name-ddi-reception-level-house-country-line-mail-po-box":
        "a unit between the company and the name is joined to the company",
    "nz-vertical-macron-wordmark-split-name-title-three-lines-limited-footer":
        "DEBATABLE: the macron of the legal footer's 'Kōwhai' is not put on the logo",
    # text_cards_sectors.yaml
    "us-navy-warfare-center-civilian-division-gs-13-line-building-room-comm-dsn":
        "a title with a code in brackets is taken for the address; the division is not read",
    "us-city-police-recruiting-sergeant-rank-line-badge-number-unit-bureau-hq-label":
        "a unit under a unit; 'Police Department' is left out of the city's name",
    "us-state-roads-department-engineer-iii-pe-district-highway-and-pobox-desk-field-cell":
        "a district line is not read as the department; 'Hvvy' keeps the street from opening the address",
    "uk-childrens-publisher-imprint-of-group-floor-named-court-dd-handle":
        "a title with a comma and an apostrophe ('Publisher, Children's Non-Fiction') scores under the bar",
    "ca-gold-mine-superintendent-p-eng-mine-site-line-km-highway-site-ext-ticker":
        "a mine site is not read as the department",
    "ca-city-fire-captain-en-dash-title-division-station-and-centre-address-quadrant":
        "a title with a dash is not found; the service's name under 'City of Halbridge' is dropped",
    "au-rugby-league-club-community-coordinator-foundation-stadium-gate-range-address-p-m-hashtag":
        "the club's foundation is taken as the company",
    "nz-research-institute-bilingual-senior-scientist-dash-group-gate-road-ddi-orcid-cri-domain":
        "'O846' in an ORCID path is lower-cased, not read as a zero",
    "us-food-plant-recruiter-county-road-pobox-indeed-eoe-vets": "'Plant 12 · Human Resources' is no department",
    # text_cards_everyday_us.yaml
    "us-retail-district-manager-district-line-cell-only-slogan":
        "DEBATABLE: a district line ('District 14 – Greater Phoenix') is not read as the department",
    "us-university-career-center-wordmark-line-lost-rn-for-m":
        "'Ernployer': 'rn' in a word no list knows; a centre line over the address is taken into it",
    "us-parcel-hub-gm-arrow-logo-junk-accent-dropped-c-read-g":
        "UNRECOVERABLE: the accent was dropped in 'Mendoza-Ríos'; DEBATABLE: the hub under the title is no "
        "department (most sets)",
    # text_cards_everyday_intl.yaml
    "uk-consulting-engineers-ceng-mistructe-associate-director-structures":
        "a one-word team ('Structures') is not read as the department",
    "au-recruitment-pipe-title-pipe-read-I-O-in-area-code-comma-in-email":
        "DEBATABLE: the title is split at its bar; '.com .au' with a space loses its ending",
    "ie-university-lecturer-irish-name-dept-before-title-O-in-room-space-in-email":
        "a school line between the name and the title is not read, nor the title under it",
    # text_cards_blind_a.yaml (blind: no fix made against it)
    "us-school-district-principal-dr-school-as-dept-ext-motto":
        "DEBATABLE: the school typed as the department and its district as the company",
    "uk-ocr-youth-charity-logo-garbage-title-split-l-in-mobile-footer-misread":
        "a title's first line is lost over its second ('Engagement Lead')",
    "au-ocr-recruiter-star-logo-amp-as-8-O-in-mobile-suite-street-merged":
        "DEBATABLE: the logo's trade line 'Recruitment' read as the department",
    "ie-ocr-medtech-quality-engineer-fada-dropped-icon-amp-O-in-eircode":
        "UNRECOVERABLE: a fada dropped in the name; an Eircode's 0 read as O is not mended",
    # text_cards_blind_b.yaml (blind when scored; four of its causes fixed since)
    "uk-edinburgh-analyst-plus44-0-direct-mobile-fca-registered-in-scotland-footer":
        "the logo's trade line 'Asset Management' is read as the department",
    "uk-ocr-publisher-editorial-director-fox-logo-pound-O-in-trunk-tel-mob-one-line":
        "DEBATABLE: 'Publishers' joined to the company; 'BIoomsbury' (I for l) not mended",
    "au-barossa-winery-people-culture-ph-mob-region-line-abn-footer":
        "DEBATABLE: the logo's trade line 'Estate' is not joined to it",
    # text_cards_blind_c.yaml (blind: no fix made against it)
    "us-ocr-startup-cofounder-lowercase-wordmark-ai-domain-city-pair-no-address":
        "UNRECOVERABLE: the accent was lost in 'Inês'",
    "uk-cardiff-university-welsh-english-bilingual-lines-and-labels":
        "Welsh and English lines: the Welsh title and address are read too",
    "ie-ocr-dublin-saas-talent-partner-fada-lost-l-for-1-unlabelled-pair":
        "UNRECOVERABLE: a fada dropped; an area code's 1 read as l is lost",
    "us-founder-logo-tagline-legal-name-bottom": "DEBATABLE: a footer that is the legal name alone ('Quillfeather "
                                                 "Labs, Inc.') is taken for the company, as most labels do",
    "sg-eng-manager-unit-hash-building": "DEBATABLE: a footer that is the legal name alone ('Merlion Pay Pte. Ltd.') is "
                                         "taken for the company, as most labels do",
    "au-tess-sparse-ph-mob-row-split-rn-for-m-email-and-footer-po-box": "DEBATABLE: a footer that is the legal name "
                                                                        "alone is taken for the company",
    "uk-leeds-solicitor-team-line-dx-number-plus44-0-sra-footer": "DEBATABLE: a profession under the logo "
                                                                  "('SOLICITORS') is left off, as most labels do",
    # text_cards_blind_d.yaml (scored blind on arrival; causes fixed since)
    "ca-ocr-resort-group-talent-specialist-accents-lost-t-c-row-merged": "UNRECOVERABLE: 'Helene Belanger' is a "
                                                                         "name without accents too",
    "nz-ocr-hospitality-group-people-culture-macron-lost-ddi-glued-linkedin": "UNRECOVERABLE: 'Ngaire' is a name "
                                                                              "without its macron too",
    "sg-logistics-regional-ta-lead-surname-first-did-hp-two-labelled-offices": "'HarbourFront', a name in two "
                                                                               "capitals, is split as glued words",
    # text_cards_blind_e.yaml (scored blind on arrival; causes fixed since)
    "ca-insurer-montreal-accents-lost-name-street-city-site-comma":
        "UNRECOVERABLE: accents OCR lost",
    "ca-health-network-ta-manager-logo-script-word-lost-phone-icon-at-pin-9":
        "UNRECOVERABLE: the script words of the logo are lost ('Rose' is all OCR read); a team under the "
        "title is not read",
    "ie-tech-recruiting-coordinator-wordmark-half-lost-fada-lost-1-read-l":
        "UNRECOVERABLE: the fada OCR lost; DEBATABLE: 'Data', lost from the logo, only the domain spells",
    "nz-regional-council-recruitment-advisor-contacts-first-macron-lost-O-postcode":
        "UNRECOVERABLE: the macron OCR lost",
    "ph-hotel-ta-supervisor-script-logo-m-read-rn-mobile-1-read-l-space-lost":
        "a script logo's second line is lost; a street with 'corner' over a complex is cut",
    "ke-ngo-country-director-logo-I-read-1-title-tel-row-merged-po-box-zero":
        "a building, block and street with no number over a PO box are cut",
    # text_cards_blind_f.yaml, _blind_g (scored blind on arrival; causes fixed since)
    "uk-ocr-scottish-law-firm-graduate-recruitment-rn-for-m-zero-read-O-llp-address-line-split":
        "DEBATABLE: the firm's legal name heads the address line; the logo is taken",
    "in-ocr-bank-chief-manager-branch-line-slash-shorthand-second-number-emblem-junk-j-read-i":
        "a second number printed as '/ 0148' after the first; 'Shivaii' (j read as i)",
    "us-ocr-bank-vp-department-above-name-two-line-title-space-lost-office-zero-mobile-fax-merged":
        "a team printed above the name is not read as the department",
    "nz-ocr-ministry-senior-policy-advisor-bilingual-name-macron-lost-ddi-l-street-plus-po-box":
        "the Maori name over the English one is joined to the company; a team under the title is not read",
    "us-university-career-center-above-name-two-line-title-four-line-address-mail-stop":
        "a centre printed above the name is not read as the department",
    "au-ocr-nsw-health-district-ta-partner-government-lockup-locked-bag-only-logo-junk":
        "a state government's lockup ('NSW Health') is taken over the district under it",
    "uk-ocr-asset-manager-investment-director-cfa-two-line-title-hyphen-lost-phones-merged-fca-footer-garbled":
        "UNRECOVERABLE: the hyphen of 'Multi-Asset' OCR lost",
    "us-ocr-manufacturer-plant-hr-manager-site-line-main-ext-direct-grid-address-l-read-1":
        "UNRECOVERABLE: the space inside a Wisconsin grid number ('W229N1433') OCR lost",
    "uk-ocr-catholic-academy-headteacher-mrs-apostrophe-lost-motto-email-url-one-line":
        "UNRECOVERABLE: the apostrophe of 'St Oswin's' OCR lost",
    "us-ocr-city-parks-supervisor-seal-ring-text-rn-in-email-label-runon":
        "a department printed above the name is not read",
    "us-university-lab-manager-phd-dept-and-lab-lines-hall-room-office-lab-phones":
        "a laboratory line under the department is taken for it",
    "us-ocr-fulfilment-ops-manager-dc-line-toll-free-O-for-0-email-url-one-line":
        "a labelled customer-service number leaves its label as a department; the street under the site line is cut",
    "uk-haulier-transport-manager-depot-mobile-freephone-unit-distribution-park":
        "'Haulage & Warehousing' under the logo is not joined",
    # text_cards_blind_h.yaml, _blind_i (scored blind on arrival; causes fixed since)
    "in-ocr-pharma-dr-initial-degrees-on-name-line-sy-no-ida-district-pin":
        "address 'Sangareddy Dist, Telangana - 502 325' for 'Sy. No. 42 & 43, IDA Bollaram, Sangareddy Dist., Telanga"
        "na - 502 325'",
    "in-ocr-bank-mumbai-bkc-head-office-label-chief-manager-hr-national-numbers":
        "an Indian block and complex line between the plot and the PIN cuts the address",
    "in-ocr-telecom-mohali-circle-dept-plot-phase-sector-sas-nagar-cell-off-merged":
        "an Indian address over four lines with a phase and an industrial area is cut",
    "ca-ocr-telecom-montreal-french-title-first-tel-tel-label-accents-lost-postal-S":
        "UNRECOVERABLE: accents OCR lost",
    "ca-ocr-logistics-delta-bc-name-t-row-merged-unit-dash-civic-postal-Z-for-2":
        "'Logistics' under the logo is read as the department",
    "nz-ocr-energy-new-plymouth-icons-O-national-numbers-l-read-I-email-dot-lost":
        "the dot before '.co.nz' lost in the email ('paritutuco.nz' is a valid domain too)",
    "ae-logistics-jafza-fze-en-dash-title-tel-mob-fax-lob-office-po-box-dotted-uae":
        "a free-zone office line over a PO box (no street) is cut",
    "ph-ocr-telecom-ortigas-engr-prefix-loc-ext-18f-read-18e-loc-read-ioc":
        "UNRECOVERABLE: '18/E' for '18/F'",
    "my-pharma-kl-sentral-dr-head-sdn-bhd-12-digit-reg-no-plus603-hyphen-hp-slash":
        "DEBATABLE: the legal name with 'Sdn. Bhd.' in the body",
    "us-hospital-nurse-credentials-pager-cl-for-d-email-cut-at-edge":
        "UNRECOVERABLE: an email cut at the card's edge with nothing else printing its domain; 'Carcliac' (cl for d)",
    "us-grocer-script-logo-dropped-O-icon-ext-spaces-lost":
        "UNRECOVERABLE: the script logo is lost; only the domain spells the company",
    "us-hotel-script-logo-misread-tilde-lost-dot-separator-footer":
        "UNRECOVERABLE: the tilde and a letter of the script logo OCR lost",
    "us-consulting-rn-for-m-title-in-icon-address-cut-at-edge":
        "UNRECOVERABLE: the ZIP cut at the card's edge",
    "gb-fintech-rows-interleaved-accent-lost-O-for-0-trunk":
        "UNRECOVERABLE: the accent OCR lost",
    "gb-nhs-trust-pipe-as-I-label-space-lost-email-1-read-l":
        "DEBATABLE: 'menonl@' may be a 1 or an l",
    "gb-academy-logo-space-lost-motto-rn-company-no-footer":
        "'HARROWDENPARK': a space lost in the logo, which the domain spells as one word",
    "gb-council-bridge-logo-junk-title-spaces-lost-postcode-0-for-O":
        "'Y08 9FT' is a valid postcode shape with a zero for the O",
    "gb-retail-side-logo-interleaved-S-for-5-support-centre":
        "a side logo's second word interleaved with the name block is lost",
    "ca-game-studio-anvil-logo-A-accents-lost-S-for-5-postal":
        "UNRECOVERABLE: accents OCR lost",
    "ca-college-rn-for-m-title-co-op-hyphen-lost-postal-I-for-L":
        "department 'Coop and Career Services' for 'Co-op and Career Services'",
    "ie-fund-admin-fadas-lost-apostrophe-lost-eircode-O-central-bank-footer":
        "UNRECOVERABLE: fadas and an apostrophe OCR lost",
    "ie-hotel-script-logo-c-read-e-O-apostrophe-zero-title-split-boxes":
        "'O'Sullivan' with a zero for the O is no name's shape; 'Tore' for 'Torc'",
    "nz-freight-macrons-lost-rn-for-m-title-site-comma":
        "UNRECOVERABLE: macrons OCR lost",
    # text_cards_blind_j.yaml, _blind_k (scored blind on arrival; causes fixed since)
    "ca-halifax-health-centre-hrbp-chrp-client-group-line-tel-fax-building-floor":
        "a client group line under the title is not read as the department",
    "au-sydney-consulting-graduate-talent-lead-level-street-plus61-graduates-path-intake-footer":
        "'Consulting' under the logo is read as the department",
    "uk-ocr-nhs-trust-preceptorship-lead-rn-msc-title-split-tel-mob-one-row-letter-o-in-0113":
        "a title split into two boxes keeps its last part",
    "au-ocr-qld-health-service-grad-nurse-educator-wave-logo-tilde-address-column-first-letter-o-mobile":
        "a health service's name over two lines is split into company and department",
    "us-cofounder-cto-letterspaced-wordmark-company-in-address-footer-linkedin":
        "DEBATABLE: the legal name heading the address line is not taken for the company",
    "us-head-of-school-crest-est-line-edd-unlabelled-phone":
        "'Head of Schoo1' (a 1 for the l) is read as an address",
    "ca-business-school-dean-dr-fcpa-fca-ea-to-the-dean-role-email":
        "a school above the name is not read as the department",
    "ca-pension-md-and-head-comma-break-cfa-peng-legal-name-line":
        "DEBATABLE: the logo over the legal name line",
    "au-investment-bank-md-head-anz-foil-q-as-o-ampersand-8-abn-afsl-footer":
        "'Ouay' (O for Q) in a foil logo; the legal name in the footer",
    "au-university-dvc-research-professor-faa-ftse-two-emails-executive-officer-cricos":
        "the executive officer's line beats the title under the name",
    "ie-tech-vp-emea-pipe-country-manager-fada-lost-eircode-merged-linkedin":
        "UNRECOVERABLE: the fada OCR lost",
    # text_cards_blind_l.yaml (blind), _blind_m: read as shown, causes not yet worked out
    "us-law-office-of-attorney-name-pllc-office-manager-practice-areas-tel-fax":
        "company 'Dana K. Prewitt, PLLC' for 'The Law Office of Dana K. Prewitt, PLLC'",
    "us-auto-repair-bros-logo-0-name-and-phones-columns-merged-shop-cell-hours":
        "name 'Ramiro Ortega Shop' for 'Ramiro Ortega'",
    "uk-boutique-hotel-head-chef-reception-mobile-site-and-handle-one-line":
        "address 'Newcastle upon Tyne NE1 3JF' for '31 Sandhill, Quayside, Newcastle upon Tyne NE1 …'",
    "uk-architects-lowercase-logo-riba-practice-manager-unlabelled-plus44-registered-office-footer":
        "address 'Bath Road, Bristol BS4 3EH' for 'Studio 12, Paintworks, Bath Road, Bristol BS4 3…'",
    "ca-marketing-agency-lowercase-logo-last-unlabelled-phone-dash-unit-ig-linkedin-company":
        "urls ['sitkacreative.ca'] for ['sitkacreative.ca', 'linkedin.com/company/sitka…'",
    "us-fire-department-battalion-chief-city-over-dept-training-center-911-line":
        "company 'City of Ashford' for 'Ashford Fire Department'; department 'Ashford Fire Department, "
        "Training Division' for 'Training Division'",
    "us-community-college-dean-unit-in-title-building-room-phone-fax-one-line":
        "address 'Wexler Allied Health Center, Room H-214, Campus…' for 'Wexler Allied Health Center, Room "
        "H-214, Campus…'; title None for 'Dean, Health Sciences & Nursing'",
    "us-state-agency-seal-junk-state-of-line-bureau-title-split-label-glued-photo":
        "address '1420 N Reserve Street, Missoula, MT 59801' for 'Region 2 Headquarters, 1420 N Reserve "
        "Street, M…'; company None for 'Department of Public Lands & Trails'; department 'Department of "
        "Public Lands & Trails' for 'Trails and Recreation Bureau'; title 'Manager' for 'Regional Trails "
        "Program Manager'",
    "us-academic-medical-center-nursing-dept-educator-dnp-npd-bc-pavilion-mail-code":
        "address '1700 University Avenue, Madison, WI 53705' for 'Pavilion A, Room 2140, Mail Code NUR-4, 1700 Universi"
        "ty Avenue, Madison, WI 53705'; department 'Department of Nursing' for 'Department of Nursing, Professional Dev"
        "elopment & Education'",
    "uk-university-faculty-research-centre-manager-room-campus-direct-switchboard":
        "department 'Faculty of Science and Engineering' for 'Faculty of Science and Engineering, Bazalgette …'",
    "uk-executive-agency-parent-dept-line-grade-in-title-directorate-mobile-only-gov-uk":
        "title 'Lead Data Analyst' for 'Lead Data Analyst (Grade 7)'",
    "uk-museum-two-line-name-curator-fsa-title-split-O-for-0-space-in-site-charity-no-photo":
        "company 'The Thameside Museum' for 'The Thameside Museum of Maritime Trade'",
    "ca-bc-ministry-wordmark-branch-section-mailing-and-location-stn-prov-govt":
        "address 'Mailing Address: PO Box 9362 Stn Prov Govt, Vic…' for 'PO Box 9362 Stn Prov Govt, Victoria "
        "BC V8W 9M2'; company 'British Columbia Ministry of Watershed Stewards…' for 'Ministry of Watershed "
        "Stewardship'; department 'Water Science Branch' for 'Water Science Branch, Hydrology Section'",
    "ca-city-transit-services-fleet-superintendent-logo-junk-B-for-8-phones-merged-photo":
        "department 'Transit Services' for 'Transit Services, Fleet & Facilities'",
    "au-city-council-library-coordinator-icons-rn-for-m-photo":
        "the library's premises line spells the domain as well as the council's logo and is taken for the "
        "company (and left out of the address); the unit under the logo is not read; a mobile after an icon "
        "read '[]' is lost",
    "au-state-water-corporation-engineer-postnominals-level-street-abn-footer":
        "department None for 'Asset Planning & Delivery'",
    "ie-hse-bilingual-parent-hospital-cnm2-unit-bleep":
        "company 'Health Service Executive' for 'University Hospital Kilbarron'",
    # text_cards_blind_n.yaml (blind when scored; four causes fixed since): read as shown, causes not yet worked out
    "us-county-hr-generalist-dept-above-name-building-suite-po-box-eoe":
        "title None for 'HR Generalist II'",
    "us-isd-principal-edd-name-first-school-then-district-mascot-line":
        "company 'Willow Bend High School Home of the Mustangs Li…' for 'Live Oak Bend Independent School "
        "District'; department None for 'Willow Bend High School'",
    "ca-ocr-physio-clinic-clinical-director-two-line-title-suite-o-postal-l":
        "department 'Registered Physiotherapist' for None; title 'Clinical Director' for 'Clinical Director, "
        "Registered Physiotherapist'",
    # text_cards_blind_o.yaml (blind when scored; two causes fixed since): read as shown, causes not yet worked out
    "us-builder-superintendent-name-title-merged-with-phones-comma-lost":
        "title 'Superintendent' for 'Site Superintendent'",
    "us-nonprofit-program-director-icons-as-chars-title-split":
        "title 'Program Director, Youth Workforce' for 'Program Director, Youth Workforce Initiatives'",
    "uk-edinburgh-life-insurer-talent-partner-contacts-column-first-web-dot-lost":
        "urls [] for ['www.thistlegate.co.uk']; department 'Technology & Change' found after some retrains only",
    "ie-dublin-people-partner-spaced-wordmark-split-eircode-O-space-lost":
        "company 'Dock Light' for 'Docklight'",
    # text_cards_blind_p.yaml (held out in session 7, scored once; session 8 fixed its wards, sites and PO boxes)
    "us-elementary-principal-district-line-above-school-main-office-fax-no-url":
        "company 'Collin Prairie ISD' for 'Maple Crest Elementary'",
    "us-ocr-trucking-driver-recruiter-amp-icon-toll-free-O-for-0-cell-text-slogan":
        "emails ['spettibone@harlancross.com', 'drive4@harlancro…' for ['spettibone@harlancross.com']; urls "
        "[] for ['drive4harlancross.com']",
    "us-ocr-food-plant-supervisor-two-columns-merged-shift-line-l-for-1-zip":
        "department None for 'Packaging – 2nd Shift'",
    "us-ocr-restaurant-owner-chef-script-wordmark-misread-instagram-icon-handle":
        "company '© @osterialucca' for 'Osteria Lucca'; title 'Owner' for 'Owner / Executive Chef'",
    "uk-ocr-haulier-transport-manager-columns-merged-icons-amp-and-cjk-box":
        "title 'Transport Manager 口' for 'Transport Manager'",
    "ca-ocr-vancouver-housing-society-program-manager-S-read-5-postal-charity-footer":
        "title 'Program Manager, Supportlve Housing' for 'Program Manager, Supportive Housing'",
    "za-ocr-retail-head-office-ta-manager-colon-title-ce11-for-cell-i-for-l-suburb":
        "address 'Milkwood House, 3 Bell Crescent Close, Westiake…' for 'Milkwood House, 3 Bell Crescent "
        "Close, Westlake…'",
    # text_cards_blind_q.yaml (blind Asia/Africa/Gulf probe, 9/30 on arrival): what its fixes left
    "ph-ocr-fintech-cebu-dela-cruz-space-lost-icon-o-mobile-email-row-12f-read-l2f":
        "address 'Unit 1204, l2/F Lahug Exchange Tower, Salinas Dr… for 'Unit 1204, 12/F Lahug Exchange Tower"
        ", Salinas Dr…; name 'Mark Anthony C. DelaCruz' for 'Mark Anthony C. Dela Cruz'",
    "za-ocr-synfuels-chief-engineer-pr-eng-dot-read-comma-title-dept-row-merged-17-read-l7":
        "company 'Highveld Synfuels' for 'Highveld Synthetic Fuels (Pty) Ltd'; department None for 'Process E"
        "ngineering'; title 'Chief Engineer Process Engineering' for 'Chief Engineer'",
    "za-ocr-big-four-associate-director-space-lost-forensic-pipe-read-I-sandton-O":
        "department None for 'Forensic Services'",
    "ng-ocr-fintech-head-people-ops-trunk-0-read-O-street-space-lost-rc-footer":
        "phones ['+2348095550142', '+2348091555123'] for ['+2348095550142']",
    "ke-ocr-fmcg-hrbp-luo-name-O-read-0-lr-number-dot-read-comma-legal-line":
        "address 'L, R. No. 209/5555, Enterprise Road, Industrial … for 'L.R. No. 209/5555, Enterprise Road, "
        "Industrial A…",
    # text_cards_blind_r.yaml (blind hiring-panel probe, 12/30 on arrival): what its fixes left
    "us-hospital-panel-nurse-manager-credentials-unit-dept-pavilion-unit-phone":
        "department None for 'Cardiac Step-Down Unit, 4 West'",
    "ca-ocr-logistics-panel-terminal-manager-nickname-t-c-merged-1-for-l":
        "department None for 'Winnipeg Cross-Dock'; title None for 'Terminal Operations Manager'",
    # text_cards_blind_s.yaml (blind design-led probe, 21/30 on arrival): what its fixes left
    "au-sydney-fintech-lowercase-wordmark-pronoun-line-em-dash-team-unlabelled-mobile":
        "department None for 'Lending'; title 'Senior Product Manager — Lending' for 'Senior Product Manager'",
    # text_cards_blind_t.yaml (blind traditional-employers probe, 15/30 on arrival): what its fixes left
    "us-ocr-sheriff-sgt-comma-for-dot-unit-division-office-cell-merged-l-for-1":
        "company 'Pemberton County' for \"Pemberton County Sheriff's Office\"; department 'Recruitment & Back"
        "ground Unit, Professional Stan… for 'Recruitment & Background Unit'",
    "uk-ocr-accountants-partner-fca-cta-two-offices-side-by-side-read-as-rows-O-in-mobile-icaew-footer":
        "address 'Bridgewater House, 4th Floor 12 Grosvenor Park R… for 'Bridgewater House, 4th Floor, 3 Hard"
        "man Street, …; department 'Manchester Chester' for None",
    # text_cards_blind_u.yaml (blind healthcare/education/public probe, 7/30 on arrival): what its fixes left
    "us-community-college-district-three-line-name-hr-specialist-room-direct-main-fax":
        "company 'Sierra Foothills Community College' for 'Sierra Foothills Community College District'",
    "us-county-library-two-line-name-mlis-deputy-director-two-line-title-admin-offices-floor-tagline":
        "company 'Apalachee County' for 'Apalachee County Public Library'",
    "us-fire-protection-district-crest-glyph-lt-nrp-two-role-title-station-line-911-footer":
        "title 'Recruitment Coordinator' for 'Firefighter/Paramedic, Recruitment Coordinator'",
    "us-state-health-dept-state-of-line-division-section-mph-two-line-slash-title-mail-stop-desk-cell":
        "company 'State of Minnesota' for 'Department of Health & Community Wellness'; department 'Department"
        " of Health & Community Wellness, Divis… for 'Division of Epidemiology, Infectious Disease Sur…; urls"
        " [] for ['mn.gov/dhcw/careers']",
    "us-community-health-center-psyd-two-line-title-clinic-site-tel-fax-row-cell-spanish-line":
        "UNRECOVERABLE: name 'Yesenia Marroquin, PsyD' for 'Yesenia Marroquín, PsyD' (the accent OCR lost)",
    "us-university-of-the-two-line-name-hr-unit-employment-manager-bldg-msc-phone-fax-row-split":
        "department 'Human Resources' for 'Human Resources, Talent Acquisition & Onboarding'",
    "uk-county-council-two-line-name-directorate-above-name-two-line-title-service-line-direct-mobile-contact-centre":
        "department 'Adults, Health & Wellbeing Directorate' for 'Adults, Health & Wellbeing Directorate, Adu"
        "lt So…",
    "ca-hospital-two-line-name-patient-care-manager-rn-bscn-mn-program-units-campus-wing-room-ext-pager-cell":
        "department None for 'Medicine Program – Units 7B & 7C'",
    "ca-polytechnic-two-line-name-school-program-chair-two-line-title-campus-room-merged-bare-phone-comma":
        "company 'Polytechnic' for 'Fraser North Polytechnic'; department None for 'School of Health Sciences"
        "'; name 'Fraser North' for 'Harjit Sandhu-Mercer, MScN, RN'; phones ['+15550153'] for ['+16045550153"
        "']",
    "au-tafe-two-line-name-faculty-head-of-department-two-line-title-building-level-room-campus-rto-cricos-footer":
        "company 'Goldfields' for 'Goldfields Institute of TAFE'; department None for 'Faculty of Health, Com"
        "munity & Education'; title 'Head of Department' for 'Head of Department, Nursing & Allied Health'",
    "au-local-health-district-two-line-name-unit-workforce-manager-admin-building-hospital-corner-t-m-f":
        "company 'Tasman Ranges Local Health District Medical Work… for 'Tasman Ranges Local Health District'"
        "; department None for 'Medical Workforce Unit'",
    "ie-technological-university-irish-name-two-lines-fadas-lost-head-of-department-faculty-room-eircode-t-m":
        "department 'Department of Nursing and Healthcare' for 'Department of Nursing and Healthcare, Faculty of Science and Health'; name 'Dr Aoife Ni Bhriain' for 'Dr Aoife Ní Bhriain'",
    "nz-health-bilingual-name-charge-nurse-manager-ward-dash-specialty-service-hospital-block-private-bag-ddi-mob":
        "department None for 'Ward 4 – Orthopaedics & Trauma, Surgical Service…",
    "nz-city-council-bilingual-libraries-team-leader-two-line-title-macron-lost-p-m-merged-url-comma":
        "address 'Te Pataka…' for 'Te Pātaka…' (the macron OCR lost); department None for 'Libraries & Learning'",
    # text_cards_blind_v.yaml (blind small-business probe, 15/30 on arrival): what its fixes left
    "us-ocr-bakery-script-logo-o-read-c-cell-only-outlook-comma-street-and-hours-merged":
        "company 'Sugar Hcllow' for 'Sugar Hollow Bake Shop'",
    "us-real-estate-managing-broker-realtor-r-name-first-cell-office-logo-below-license-hiring":
        "title 'Managing Broker' for 'Managing Broker, REALTOR®'",
    "us-ocr-taqueria-kitchen-manager-script-logo-rn-for-m-accent-lost-mobile-l-two-locations-hiring":
        "company 'La Palomita' for 'La Palomita Taquería'",
    "us-ocr-food-maker-two-sided-supervisor-shift-line-main-space-lost-ext-O-in-zip-llc-back-hiring":
        "title 'Production Supervisor' for 'Production Supervisor, 2nd Shift'",
    "uk-solicitors-practice-manager-dd-two-offices-each-with-t-sra-footer":
        "company 'Pennock Ashby' for 'Pennock Ashby Solicitors'",
    "uk-ocr-gastropub-head-chef-script-logo-h-read-b-mob-bookings-postcode-O-for-0-hiring":
        "company 'The Wheatsbeaf' for 'The Wheatsheaf'",
    "uk-ocr-garden-centre-store-manager-t-m-merged-I-for-l-in-email-cafe-accent-lost":
        "company 'Fernleigh Garden Centre & Cafe' for 'Fernleigh Garden Centre & Café'",
    "au-real-estate-sales-manager-two-line-title-mobile-first-shop-address-licence":
        "title 'Sales Manager' for 'Sales Manager, Licensed Real Estate Agent'",
    "nz-ocr-landscapes-two-sided-macron-lost-in-name-unlabelled-mobile-comma-in-url-facebook":
        "name 'Rawiri Henare' for 'Rāwiri Henare'",
    # text_cards_blind_w.yaml (blind noisy-photo probe, 12/30 on arrival, no fix made): read as shown
    "us-school-principal-last-letter-cut-O-for-0-label-dr-space-lost":
        "company 'Tollhouse Creek Unified School District' for 'Quail Run Elementary School'",
    "gb-nhs-trust-name-split-O-for-0-tel-comma-in-email":
        "company 'Hospitals NHS Foundation Trust' for 'North Aire Teaching Hospitals NHS Foundation Tru…",
    "gb-agency-name-title-phone-columns-merged-S-for-5-floor-space-in-site":
        "company 'Holborn & Vane Technology Recruitment' for 'Holborn & Vane'",
    "gb-academy-mrs-cl-for-d-title-label-space-lost-8-for-B-postcode":
        "address 'Lode Lane, Solihull 891 3QW' for 'Lode Lane, Solihull B91 3QW'; title 'Deputy Heaclteacher'"
        " for 'Deputy Headteacher'",
    "gb-housing-association-name-cut-cl-for-d-B-for-8-postcode-charity-footer":
        "address 'Lochside House, 12 Leith Walk' for 'Lochside House, 12 Leith Walk, Edinburgh EH6 8RX'; comp"
        "any 'Lochside Housing Associatio' for 'Lochside Housing Association'",
    "ca-polytechnic-dept-split-comma-in-phone-I-for-l-email":
        "department 'People, Culture' for 'People, Culture & Belonging'",
    "au-hospital-phones-merged-extra-space-dept-comma-in-email":
        "department 'Periop erative Services' for 'Perioperative Services'",
    "au-mining-two-line-title-O-for-0-mobile-email-last-letter-cut":
        "emails ['bronwyn.hetherington@quandongresources.com'] for ['bronwyn.hetherington@quandongresources.c"
        "om.au']; title 'Program Lead' for 'Graduate & Early Careers Program Lead'",
    "au-government-agency-name-split-O-for-0-phone-8-for-B-gpo-box":
        "address 'GPO 8ox 1563 Canberra ACT 2601' for 'GPO Box 1563 Canberra ACT 2601'; company 'Waterways' f"
        "or 'Bureau of Inland Waterways'",
    # text_cards_blind_x.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "us-ocr-airport-ops-shift-supervisor-dept-and-room-merged-O-in-cell":
        "address 'Airside Operations Terminal Bldg, Room 214, 3200… for 'Terminal Bldg, Room 214, 3200 Airpor"
        "t Drive, Mil…; company 'Tri-County' for 'Tri-County Regional Airport'; department None for 'Airside "
        "Operations'",
    "us-pr-agency-account-director-name-first-practice-line-d-m-labels-floor-instagram":
        "department 'Public Relations' for 'Consumer & Lifestyle'",
    "us-ocr-fire-district-office-manager-logo-space-lost-I-for-l-admin-fax-merged-911-footer":
        "company 'Willow Creek' for 'Willow Creek Fire Protection District'; department None for 'Administrat"
        "ion'",
    "us-independent-pharmacy-pharmd-pharmacist-in-charge-rx-label-hours-line":
        "company 'Larkspur' for 'Larkspur Pharmacy & Compounding'",
    "uk-ocr-police-contact-centre-team-leader-1-for-l-email-split-mob-glued-999-footer":
        "address 'Police Headquarters, Riverside Park, Carrick Way… for 'Police Headquarters, Riverside Park,"
        " Carrick Way…; company 'Ashmere Constabulary Force Contact Centre' for 'Ashmere Constabulary'; depar"
        "tment None for 'Force Contact Centre'; emails ['kirsty.mcallister@ashmere.police'] for ['kirsty.mcal"
        "lister@ashmere.police.uk']",
    "uk-ocr-hospice-volunteer-services-manager-diaeresis-lost-title-split-O-in-mobile-charity-no":
        "name 'Zoe Pritchard' for 'Zoë Pritchard'",
    "ca-ocr-dairy-coop-qa-supervisor-accents-lost-l-in-postal-code-t-c-merged":
        "name 'Helene Gagnon' for 'Hélène Gagnon'",
    "au-ocr-power-station-shift-supervisor-site-line-V1C-p-m-merged-accents-lost-pobox-tagline":
        "address 'Yarrabee Road, Hazelwood North V1C 3840, PO Box … for 'Yarrabee Power Station, Yarrabee Roa"
        "d, Hazelwood…; department 'Yarrabee Power Station' for None; name 'Darren Kovacevic' for 'Darren Kov"
        "ačević'",
    "ie-ocr-contact-centre-ta-partner-fada-lost-O-in-eircode-email-and-careers-url-merged":
        "name 'Siobhan Healy' for 'Siobhán Healy'",
    "nz-ocr-dental-clinic-manager-macron-lost-title-and-ph-merged-O-in-postcode":
        "address 'Ground Floor, 22 Ward Street' for 'Ground Floor, 22 Ward Street, Hamilton Central, …; name "
        "'Mereana Tawhiri' for 'Mereana Tāwhiri'",
    # text_cards_blind_y.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "au-ocr-university-professor-head-of-school-faculty-line-8-read-B-state-postcode-space-lost-l-in-phone-cricos":
        "address 'Room 221, Building EBA, Parramatta NSW 2150' for 'Room 221, Building E8A, Parramatta NSW 21"
        "50'; department 'School of Civil and Environmental Engineering, F… for 'School of Civil and Environm"
        "ental Engineering'",
    "sg-ocr-polytechnic-dr-assistant-director-dept-split-paren-unit-O-for-0-tel-space-lost-fax":
        "department 'Human Resources' for 'Human Resources (Staff Recruitment)'",
    # text_cards_blind_z.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "us-grocery-district-manager-two-line-wordmark-dept-with-district-main-cell-one-row-home-office":
        "address '9800 NW Prairie View Rd, Kansas City, MO 64153' for 'Home Office, 9800 NW Prairie View Rd, "
        "Kansas Cit…; department None for 'Retail Operations – District 7'",
    "us-ocr-hospital-nurse-manager-credentials-unit-line-split-label-glued-comma-in-email":
        "address 'Lodgepole Medical Center, 1650 E 19th Ave, Denve… for '1650 E 19th Ave, Denver, CO 80218'; "
        "company 'Lodgepole Health' for 'Lodgepole Medical Center'; department 'Cardiac Step-Down Unit' for '"
        "Cardiac Step-Down Unit, 5 West'",
    "us-ocr-community-college-dean-dr-two-line-title-hall-mail-stop-l-for-1-O-for-0-comma-in-url":
        "address 'Hargrove Hall 210, Mail Stop l4, 1200 College Dr… for 'Hargrove Hall 210, Mail Stop 14, 120"
        "0 College Dr…",
    "us-ocr-community-bank-avp-branch-manager-row-merged-with-nmls-1-for-l-dot-bank-branch-line":
        "address 'Branch Manager NMLS ID 555087' for 'Eastgate Branch, 7401 Dodge St, Omaha, NE 68114'; title"
        " 'Assistant Vice President' for 'Assistant Vice President, Branch Manager'",
    "us-school-principal-dr-district-logo-school-line-attendance-line-school-subdomain-mascot-tagline":
        "company 'Cardinal Valley Unified School District' for 'Westbrook Middle School'; department 'Westbro"
        "ok Middle School' for None",
    "us-ocr-landscaping-owner-nickname-po-box-only-two-columns-merged-P-zero-box-envelope-icon":
        "name 'Anthony Lombardo' for 'Anthony \"Tony\" Lombardo'",
    "ca-ocr-electrical-contractor-owner-surname-power-red-seal-cell-shop-space-lost-St-Johns-l-for-1-envelope-icon":
        "department 'Red Seal Certified' for None",
    # text_cards_blind_aa.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "uk-nhs-logo-trust-two-lines-ward-dept-hospital-building-ext-bleep":
        "department None for 'Acute Medical Unit – Ward 27'",
    "uk-ocr-london-charity-head-of-individual-giving-O-in-direct-comma-after-www-charity-footer":
        "company 'Brightlane' for \"Brightlane Children's Trust\"",
    "nz-ocr-polytechnic-name-title-row-merged-school-street-and-private-bag-freephone-O":
        "address 'Forth Street, Dunedin 9016, Private Bag 1555, Du… for 'Forth Street, Dunedin 9016'",
    "in-bengaluru-saas-startup-lowercase-wordmark-cofounder-ceo-unlabelled-mobile-hash-door-number-linkedin":
        "address '#512, 3rd Floor, 27th Main Road' for '#512, 3rd Floor, 27th Main Road, HSR Layout Sect…",
    "za-wine-estate-two-line-logo-est-tagline-cellar-master-farm-number-route-road-tel-cell":
        "address 'Farm 555, Helshoogte Road, Stellenbosch, 7600, S… for 'Farm 555, Helshoogte Road (R310), St"
        "ellenbosch, …; name 'Cellar Master' for 'Pieter-Jan du Toit'; title None for 'Cellar Master'",
    # text_cards_blind_ab.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "us-engineering-pe-two-title-lines-service-list-x-extension":
        "title 'Associate Principal' for 'Associate Principal, Structural Group Leader'",
    "us-retailer-store-manager-store-number-hiring-tagline-url":
        "department None for 'Eastgate Store #1142'",
    "us-cpa-firm-partner-building-name-p-f-merged-www-comma":
        "company 'Ambrose Lyle & Kouris Certified Public Accountan… for 'Ambrose Lyle & Kouris'",
    "ca-health-authority-patient-care-manager-local-ext-rn-msn-ocr":
        "address 'Seymour Coast General Hospital, 1450 Keith Road … for '1450 Keith Road East, North Vancouve"
        "r, BC V7L 2L…",
    "ca-software-coop-hiring-lead-title-split-urls-merged-o-zero":
        "title 'Hiring Lead' for 'Co-op & New Grad Hiring Lead'",
    # text_cards_blind_ac.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "us-law-of-counsel-two-line-firm-name-direct-main-merged-office-list":
        "address '1201 Pennsylvania Avenue NW, Suite 600, Washingt… for '1201 Pennsylvania Avenue NW, Suite 6"
        "00, Washingt…",
    "us-manufacturer-plant-manager-street-and-po-box-one-line-main-ext":
        "title None for 'Plant Manager, Fond du Lac Operations'",
    "ca-city-director-peng-department-above-name-p-c-labels":
        "company 'City of Cedar Sound Engineering & Public Works' for 'City of Cedar Sound'; department None "
        "for 'Engineering & Public Works'",
    "nz-dairy-coop-head-mfg-excellence-ddi-mob-street-and-private-bag":
        "company 'Waitaki Valley' for 'Waitaki Valley Dairy Co-operative'",
    # text_cards_blind_ad.yaml (probe 51, recruiters; fixed from): read as shown
    "us-ocr-inhouse-technical-sourcer-pronouns-glued-to-name-space-lost-in-dept-linkedin-icon-in-no-address":
        "department None for 'Talent Acquisition'",
    "us-travel-nurse-staffing-service-list-office-x-ext-cell-text-bldg-suite-accreditation-footer":
        "company 'Sawgrass Travel' for 'Sawgrass Clinical Staffing'",
    "ca-toronto-finance-accounting-agency-specialism-under-logo-cpa-suffix-linkedin-suite":
        "department 'Search Group, Finance & Accounting Recruitment' for None",
    # text_cards_blind_ae.yaml (probe 52, science and engineering titles and units; fixed from): read as shown
    "us-university-two-titles-asst-prof-and-pi-school-and-center-room-mail-code-lab-phone":
        "department 'School of Medicine' for 'School of Medicine, Center for Computational Gen…",
    "us-ocr-saas-staff-engineer-pipe-platform-I-for-l-dept-below-lowercase-wordmark-comma-in-email":
        "department 'Platform' for 'Developer Infrastructure'; title 'Staff Engineer' for 'Staff Engineer | P"
        "latform'",
    "uk-university-senior-research-fellow-school-above-name-centre-below-title-room-building":
        "department 'Centre for Sustainable Chemistry' for 'School of Chemistry, Centre for Sustainable Chem…",
    "uk-ocr-pharma-head-analytical-frsc-postnominals-own-line-pipe-dept-ltd-line-O-in-postcode-comma-url":
        "department None for 'Chemical Development | Pharmaceutical R&D'; name 'Dr Gareth Pennock' for 'Dr Ga"
        "reth Pennock BSc PhD CChem FRSC'",
    "uk-ocr-nhs-trust-clinical-trials-manager-trust-name-split-directorate-facility-1-for-l-O-for-0":
        "department 'Research & Innovation Directorate' for 'Research & Innovation Directorate, Clinical Rese"
        "…",
    "uk-london-software-director-engineering-two-line-title-group-below-unlabelled-phones":
        "department 'Machine Learning Platform, Data & AI Group' for 'Data & AI Group'; title 'Director of En"
        "gineering' for 'Director of Engineering, Machine Learning Platfo…",
    "ca-ocr-university-research-associate-faculty-dept-lab-line-space-lost-O-in-phone-comma-in-email":
        "company 'Escarpment University Facultyof Engineering' for 'Escarpment University'; department 'Depar"
        "tment of Materials Science and Engineering' for 'Faculty of Engineering, Department of Materials …",
    "ca-ocr-utility-principal-engineer-title-wrapped-peng-own-line-comma-for-dot-O-in-postal-code":
        "name 'Oleksandr Hrytsenko' for 'Oleksandr Hrytsenko, P.Eng., SMIEEE'",
    "au-ocr-perth-mining-engineering-manager-en-dash-space-lost-pipe-dept-O-for-0-l-for-1":
        "department None for 'Processing | Asset Reliability'; title 'Engineering Manager – FixedPlant' for '"
        "Engineering Manager – Fixed Plant'",
    "ie-ocr-dublin-university-joint-appointment-asst-prof-and-funded-investigator-school-space-lost-l-for-1":
        "department 'School of ComputerScience' for 'School of Computer Science'; title 'Assistant Professor "
        "in Machine Learning' for 'Assistant Professor in Machine Learning, Funded …; urls ['dubmet.ie'] for "
        "['mlgroup.dubmet.ie']",
    # text_cards_blind_af.yaml (probe 55, names hard to read; fixed from): read as shown
    "us-judge-hon-magistrate-chambers-no-email":
        "company 'United States District Court' for 'United States District Court, Eastern District o…; title"
        " None for 'United States Magistrate Judge'",
    "uk-ocr-name-is-words-grace-church-company-split":
        "address \"People Team St, Paul's House, 23 Park Square Sou… for \"St. Paul's House, 23 Park Square S"
        "outh, Leeds LS…; department None for 'People Team'",
    "ca-ocr-hyphenated-given-and-surname-accent-lost-chrl":
        "address '150 Elgin Street, Suite 1100, Ottawa, 0N K2P 1L4' for '150 Elgin Street, Suite 1100, Ottawa"
        ", ON K2P 1L4'; name 'Marie-Eve Gagnon-Bélanger, CHRL' for 'Marie-Ève Gagnon-Bélanger, CHRL'",
    "ie-ocr-mac-giolla-multiword-surname-space-dropped":
        "name 'Caoimhín MacGiolla Phádraig' for 'Caoimhín Mac Giolla Phádraig'",
    "nz-ocr-maori-te-particle-macron-lost":
        "name 'Wiremu Te Awhitu' for 'Wiremu Te Āwhitu'",
    "za-ocr-du-particle-ca-sa-address-line-split-particle-street":
        "address None for '2nd Floor, The Vineyards Office Estate, 99 Jip d…",
    # text_cards_blind_ag.yaml (probe 56, companies hard to find; fixed from): read as shown
    "us-ocr-law-firm-initials-monogram-ampersand-read-8-partners-names-line-l-for-1":
        "company 'HB8T Holcombe Bexley &tate LLP' for 'Holcombe Bexley & Tate LLP'",
    "us-ocr-staffing-franchise-office-line-merged-with-logo-line-logo-r-read-p":
        "company 'Pathstap' for 'PathStar Staffing'",
    "us-ocr-insurer-parent-group-logo-subsidiary-llc-line-comma-for-dot-l-for-1":
        "company 'Merriden Insurance Group' for 'Merriden Specialty Underwriters, LLC'",
    "uk-ocr-university-of-two-line-logo-business-school-title-dept-merged-o-read-zero":
        "department None for 'Ferrand Business School'",
    "uk-ocr-builders-merchant-branch-under-chain-logo-spaces-lost-zero-read-o":
        "department 'Leeds South Branch' for None",
    "ca-ocr-co-op-initials-logo-f-read-e-full-name-split-postal-zero-read-o-ext":
        "company 'Npe' for \"Niagara Peninsula Fruit Growers' Co-operative\"",
    "ca-search-firm-named-for-founders-no-company-line-only-email-domain":
        "company None for 'Beaumont Rowe'",
    "au-ocr-real-estate-franchise-office-suburb-under-logo-trading-as-footer-o-read-zero":
        "company 'Belmore Crane' for 'Belmore Crane Marrickville'",
    "au-civil-two-line-logo-a-division-of-group-email-and-web-on-parent-domain":
        "company 'Lacewing' for 'Lacewing Civil'; department 'A division of Varley Infrastructure Group' for "
        "None",
    "au-ocr-recruiter-lowercase-digit-wordmark-o-read-zero-unlabelled-phones-merged-comma":
        "company 'dock4' for 'Dock4 Recruitment'; phones [] for ['+61255507721', '+61491570364']",
    "ie-ocr-dot-ie-company-name-dot-read-comma-part-of-group-fada-lost-title-dept-merged":
        "company None for 'Nestly.ie'; department None for 'Search & Discovery'; name 'Aoife Ni Bhriain' for "
        "'Aoife Ní Bhriain'; title 'Engineering Manager Search & Discovery' for 'Engineering Manager'; urls ["
        "'nestly.ie'] for []",
    "sg-ocr-group-header-subsidiary-pte-ltd-line-comma-for-dot-unit-l-for-1-address-split":
        "address '8 Marina View, #30-01' for '8 Marina View, #30-01, Asia Square Tower 1, Sing…; company 'Kay"
        "ahill Group' for 'Kayahill Payments Pte. Ltd.'",
    # text_cards_blind_ah.yaml (probe 57, awkward layouts and reading order; fixed from): read as shown
    "us-ocr-contact-block-first-logo-right-interleaved-d-c-labels-name-bottom":
        "address '2400 Alaskan Way, Pier 62, Soundview, Seattle, W… for '2400 Alaskan Way, Pier 62, Seattle, "
        "WA 98121'; company 'Maritime' for 'Soundview Maritime'",
    "uk-address-and-phones-one-row-pipes-email-web-row-sra-footer":
        "company 'Ridings & Co' for 'Ridings & Co Solicitors'",
    "ca-ocr-two-columns-interleaved-direct-cell-logo-foot-email-zero-for-o":
        "company 'Lakeshore' for 'Lakeshore Credit Union'",
    # text_cards_blind_ai.yaml (probe 58, addresses hard to read; fixed from): read as shown
    "us-two-offices-city-headings-first-is-address":
        "department 'Strategy & Operations Consulting' for None",
    "in-ocr-door-number-cross-main-opp-landmark-merged-with-city-pin-O":
        "address 'No. 42, 3rd Cross, 5th Main' for 'No. 42, 3rd Cross, 5th Main, HAL 2nd Stage, Indi…",
    "in-corporate-office-door-no-old-no-behind-landmark-works-second":
        "address 'Behind Sankara Hall, Plot B-14, SIPCOT Industrial Park, Sriperumbudur - 602 105, Chennai - 600 018' f"
        "or 'Door No. 15/7 (Old No. 8), Kasturi Rangan Road, Alwarpet, Behind Sankara Hall, Chennai - 600 018'",
    # text_cards_blind_aj.yaml (held out, scored once after session 9's last change, no fix made): read as shown
    "uk-ocr-bristol-telecom-head-of-product-two-line-title-icons-amp-at-address-line-split":
        "address 'Gate, Bristol BS1 6PL' for 'Severnlink House, Temple Gate, Bristol BS1 6PL'; phones ['+4411"
        "74960731', '+445550432'] for ['+441174960731']",
    "uk-ocr-manchester-consultancy-founder-dr-unlabelled-mobile-space-lost-l-for-1-postcode":
        "company 'Ashby & Quill' for 'Ashby & Quill Consulting'; department 'Consulting' for None",
    # text_cards_blind_ak.yaml (held out, scored once after session 9's last change, no fix made): read as shown
    "us-hospital-nurse-manager-two-line-employer-unit-line-office-pager-fax-tagline":
        "department None for 'Medical-Surgical Unit, 4 West'",
    "us-ocr-gc-site-superintendent-main-office-and-jobsite-trailer-builder-license":
        "company 'Stonecrest Builders General Contractors' for 'Stonecrest Builders'",
    "us-ocr-vet-hospital-two-line-logo-paw-glyph-cvpm-accent-lost-t-f-merged-comma-url":
        "name 'Renee Valdespino, CVPM' for 'Renée Valdespino, CVPM'",
    "us-ocr-warehouse-supervisor-shift-team-building-line-desk-ext-merged-o-zero":
        "department None for 'Inbound Receiving – 2nd Shift'",
    "us-restaurant-gm-the-name-logo-unlabelled-phone-handle-service-list":
        "company 'The Copper Ladle Bistro & Bar' for 'The Copper Ladle'",
    "uk-solicitors-practice-manager-t-f-e-w-labels-dx-number-sra-footer":
        "company 'Penrose Whitby' for 'Penrose Whitby Solicitors'",
    "ie-ocr-haulage-transport-supervisor-fadas-lost-team-line-business-park-eircode":
        "name 'Padraig O Cearbhaill' for 'Pádraig Ó Cearbhaill'",
    "nz-school-executive-officer-bursar-macron-reo-name-ddi-mob-po-box-whakatauki":
        "department 'Bursar' for None; title 'Executive Officer' for 'Executive Officer / Bursar'",
    # text_cards_blind_al.yaml (probe 61, departments printed every way; fixed from): read as shown
    "us-ocr-school-inside-district-office-fax-merged":
        "department None for 'Cedar Hollow Elementary School'",
    "us-plant-shift-and-area-dot-separated-ext":
        "department None for '2nd Shift · Final Assembly'",
    "us-ocr-unit-above-name-caps-space-dropped":
        "company 'Kestrel Mutual' for 'Kestrel Mutual Insurance Group'; department None for 'Corporate Commun"
        "ications'",
    "uk-ocr-nhs-ward-number-band-site-street-merged":
        "address 'Leeds LS9 7TZ' for \"St Aidan's Hospital, Harehills Lane, Leeds LS9 7…; title 'Ward Manager"
        "' for 'Ward Manager (Band 7)'",
    "uk-ocr-council-directorate-over-service-above-name-title-split":
        "department \"Children's Services Directorate\" for \"Children's Services Directorate, Fostering & Ad"
        "o…; title 'Team Manager' for 'Recruitment & Assessment Team Manager'",
    "uk-no-unit-service-list-under-title-postnominals":
        "company 'Holt & Marsden' for 'Holt & Marsden Consulting Engineers'",
    "ca-tech-team-growth-under-lowercase-logo":
        "department None for 'Growth'",
    "ca-ocr-city-division-over-section-peng":
        "department 'Engineering Services Division' for 'Engineering Services Division, Transportation Se…",
    "ca-ocr-no-unit-hr-title-split-looks-like-unit-tagline":
        "department 'Human Resources' for None; title 'Locally owned. Member driver.' for 'Human Resources Generalist'",
    "au-ocr-mine-crew-plant-pobox-merged":
        "department None for 'Crew C – Processing Plant'",
    "sg-ocr-bank-markets-over-desk-merged-did-hp":
        "department None for 'Global Markets, FX Options Desk'",
    # text_cards_blind_am.yaml (probe 62, choosing the company; fixed from): read as shown
    "us-university-over-college-career-center-room-unlabelled-phone":
        "company 'Corvina Bay University Harlan College of Enginee… for 'Corvina Bay University'; department "
        "None for 'Harlan College of Engineering, Engineering Caree…",
    "us-franchise-office-brand-of-location-llc-footer":
        "company 'BrightNest Home Care' for 'BrightNest Home Care of North Dallas'",
    "us-ocr-company-named-after-person-initial-title-dept-merged":
        "department None for 'Human Resources'; title None for 'HR Generalist'",
    "us-initials-logo-legal-name-and-address-in-footer":
        "company 'JRM' for 'Jessup Reyes Mechanical, LLC'",
    "uk-university-header-small-business-school-large-placements":
        "department None for 'Rowlandson Business School'",
    "uk-ocr-consulting-engineers-registered-company-footer-split":
        "company 'Tolland Rhys' for 'Tolland Rhys Consulting Engineers'",
    "ca-ocr-government-of-province-over-ministry-branch":
        "address '1855 Victoria Avenue, 6th Floor, Regina, SK S4P3… for '1855 Victoria Avenue, 6th Floor, Reg"
        "ina, SK S4P …; company 'Government of Saskatchewan' for 'Ministry of Rural Water Security'",
    "ca-ocr-realty-franchise-brokerage-independently-owned":
        "company 'HomeNorth Realty' for 'HomeNorth Lakeside Realty Inc., Brokerage'",
    "ca-school-board-logo-large-school-line-vice-principal":
        "company 'Nottawasaga Shores District School Board Wasaga … for 'Wasaga Heights Secondary School'",
    "au-ocr-family-name-and-daughters-electrical-trade-licence":
        "company 'Nguyen & Daughters' for 'Nguyen & Daughters Electrical & Air'",
    "au-state-health-brand-over-local-health-network-over-hospital":
        "department None for 'Surgical Ward'",
    "nz-lawyers-under-logo-ddi-practice-group":
        "company 'Whitaker Ngata' for 'Whitaker Ngata Lawyers'",
    "za-ocr-attorneys-under-logo-incorporated-footer-director-shares-name":
        "company 'Ndlovu Pillay' for 'Ndlovu Pillay Attorneys'; department None for 'Commercial & Labour Law'",
    # text_cards_blind_an.yaml (held out to session 9's second freeze, scored once, no fix made): read as shown
    "us-consultancy-engagement-manager-fs-practice-two-offices-lowercase-p-m-pipe":
        "company 'Tamarind Point' for 'Tamarind Point Consulting'",
    "us-ocr-insurer-avp-fsa-maaa-two-line-title-program-shield-logo-glyph-zip-l-for-1":
        "address 'Hartford, CT 06103' for 'One Granite Shield Plaza, Hartford, CT 06103'",
    "us-ocr-consultancy-senior-associate-campus-caps-name-address-line-split-il-read-lL":
        "address '150 N Riverside Plaza, Suite 2100' for '150 N Riverside Plaza, Suite 2100, Chicago, IL 6…",
    "uk-big4-audit-manager-aca-postnominal-no-comma-dd-m-two-offices-icaew-footer":
        "address 'Thames Valley Park, Reading RG6 1PT, 7 More Lond… for '7 More London Riverside, London SE1 "
        "2RT'",
    "ie-ocr-cork-accountancy-tax-director-fca-irish-name-fada-lost-two-line-logo-t-glued-O-for-0-in-one":
        "address 'Cork, T23 K5P2' for 'Penrose One, Penrose Dock, Cork, T23 K5P2'; name 'Ciaran Ó Súilleabhái"
        "n FCA' for 'Ciarán Ó Súilleabháin FCA'",
    "hk-ocr-asset-manager-campus-recruitment-manager-surname-caps-legal-line-tel-mobile-row-merged-1-read-l-sfc-footer":
        "address None for \"26/F, Lantern House, 1 Queen's Road Central, Cen…",
    # text_cards_blind_ao.yaml (held out to session 9's second freeze, scored once, no fix made): read as shown
    "us-dc-warehouse-manager-two-line-wordmark-unit-shift-line-dc-line-ext-tagline":
        "department None for 'Inbound Receiving'",
    "us-college-apprenticeship-coordinator-name-first-program-dept-training-center-line-labels-after-numbers-one-row":
        "address 'Workforce Training Center, 1180 Commerce Pkwy, B… for '1180 Commerce Pkwy, Building B, Chat"
        "tanooga, TN …",
    "us-ocr-food-plant-maintenance-lead-logo-glyph-shift-unit-line-plant-line-zip-o-ext-l-email-comma":
        "department None for 'Packaging Lines 1-6'",
    "us-ocr-union-local-apprenticeship-coordinator-union-name-two-lines-o-zero-title-split-office-fax-merged":
        "address 'L0CAL Union No. 512' for '8840 SE Foster Rd, Portland, OR 97266'; company 'Cascade Sheet Me"
        "tal Workers' for 'Cascade Sheet Metal Workers Local Union No. 512'",
    "ca-auto-stamping-production-supervisor-company-two-lines-press-line-shift-t-c-ext-iatf-footer":
        "address 'Press Line 4, B Shift' for '455 Harvester Road, Woodstock ON N4S 7X1'; department None for "
        "'Press Line 4'",
    "ca-ocr-home-support-coordinator-heron-glyph-mac-l-for-i-service-area-line-on-call-split-po-box-only-charity-footer":
        "department 'Dartmouth & Eastern Shore' for None; name 'Ruth Maclnnis' for 'Ruth MacInnis'",
    "au-truck-workshop-manager-company-two-lines-service-tagline-p-m-e-labels-abn-mvrl-footer":
        "department 'Heavy Vehicle Service & Repairs' for None",
    "uk-bakery-production-shift-manager-shift-unit-line-unit-industrial-estate-t-m-colon-registered-office-footer":
        "department None for 'Bread & Rolls'",
    "uk-ocr-training-provider-apprenticeship-recruitment-officer-company-two-lines-title-split-o-in-number-ukprn-footer":
        "company 'Calverley Skills' for 'Calverley Skills Training'; title 'Officer' for 'Apprenticeship Recruit"
        "ment Officer'",
    "uk-ocr-homecare-registered-manager-branch-line-office-out-of-hours-merged-email-comma-cqc-footer":
        "department 'Lewisham & Greenwich Branch' for None",
    "nz-ocr-coolstore-warehouse-team-leader-macron-wordmark-unit-shift-dc-line-ddi-mob-merged-freephone-space-lost-o-zero":
        "department None for 'Inwards Goods'",
    "in-auto-components-plant-hr-ir-manager-company-two-lines-plant-ii-line-gat-no-tal-std-code-landline-cin-footer":
        "address 'Village Mahalunge, Tal. Khed, Pune – 410 501' for 'Gat No. 555, Chakan Industrial Area Phas"
        "e II, Vi…",
    "za-ocr-artisan-training-academy-training-manager-accreditation-tagline-tel-cell-space-lost-street-and-po-box-l-for-1-bbbee-footer":
        "address '12 Andries Potgieter Blvd, Vanderbijlpark, 1911,… for '12 Andries Potgieter Blvd, Vanderbij"
        "lpark, 1911'",
    # Session 10: the site line over a numbered street left out of the address (most sets' convention); this set keeps it
    "ca-ocr-grocery-dc-shift-supervisor-dc-site-line-desk-mobile-merged-l-for-1":
        "address '11220 48 Street SE, Calgary, AB T2C 5G8' for 'Calgary Distribution Centre, 11220 48 Street "
        "SE,…; department 'Calgary Distribution Centre' for None",
    # Session 10: DEBATABLE: the employer's site under the title is no department (most labelled sets; these type it as one)
    "us-3pl-shift-supervisor-site-name-under-title-office-cell":
        "department None for 'Memphis Distribution Center'",
    # Session 10: DEBATABLE: the employer's site under the title is no department (most labelled sets; these type it as one)
    "nz-dairy-coop-site-operations-manager-site-line-ddi-mob-po-box-line":
        "department None for 'Morrinsville Site'",
    # Session 10: DEBATABLE: the employer's site under the title is no department (most labelled sets; these type it as one)
    "au-supermarket-dc-manager-building-main-direct-mob":
        "department None for 'Eastern Creek Distribution Centre'",
    # Session 10: DEBATABLE: the employer's site under the title is no department (most labelled sets; these type it as one)
    "us-trucking-terminal-manager-dispatch-line-usdot-footer":
        "department None for 'Memphis Terminal'",
    # text_cards_blind_ap.yaml (probe 63, session 10): read as shown
    "us-public-radio-call-letters-logo-show-title-split-cell-only":
        "company 'WMHV Mohawk Valley Public Media' for 'Mohawk Valley Public Media'",
    "gb-publisher-name-first-logo-at-bottom-commissioning-editor-bare-handle":
        "department None for 'Non-Fiction'",
    "au-brisbane-games-wave-glyph-pronouns-beside-name-qr-careers-level":
        "department 'Scan to meet the team' for None",
    "ie-dublin-saas-lowercase-logo-fada-name-platform-floor-eircode":
        "department None for 'Platform'; title 'Director of Engineering Platform' for 'Director of Engineerin"
        "g'",
    "ie-galway-animation-wordmark-l-for-i-head-of-production-mobile-only":
        "company 'Curlew' for 'Curlew Animation'",
    # text_cards_blind_aq.yaml (probe 64, session 10): read as shown
    "us-hospital-plant-operations-supervisor-nights-title-dash-dept-campus-line-building-24-7-dispatch-pager-chfm":
        "address 'North Campus, 7700 Lakeview Parkway, Building C,… for '7700 Lakeview Parkway, Building C, I"
        "ndianapolis,…",
    "us-ocr-city-water-plant-superintendent-operator-licence-line-plant-line-mailing-city-hall-split-state-space-lost-licence-o":
        "address 'Riverbend Water Treatment Plant, 1100 River Road… for '1100 River Road, Elm Bluff, MO 65231"
        "'; company 'Elm Bluff, MO 65231' for 'City of Elm Bluff'",
    "us-ocr-fulfillment-onsite-recruiter-arrow-logo-glyph-site-code-line-zip-space-lost-mobile-hotline-one-row-walk-in-hours":
        "department None for 'Onsite Recruiting'",
    "ca-grain-terminal-manager-terminal-line-above-name-land-location-highway-box-village-scale-cgc-licence":
        "address 'Hwy 16 East, Box 550, Lanigan, SK S0K 2M0' for 'NE 14-33-21 W2, Hwy 16 East, Box 550, Lanig"
        "an, S…",
    "ca-ocr-sawmill-planer-superintendent-tree-logo-a-division-shift-line-spaces-lost-phone-comma-fsc-code-l":
        "department 'Prince George Division·B Shift' for None",
    "au-ocr-lhd-after-hours-nurse-manager-logo-glyph-hospital-line-level-l-switch-ext-pager-mobile-one-row":
        "address 'Eastern Creek Hospital, Level 1, Clinical Servic… for 'Eastern Creek Hospital, Level 1, Cli"
        "nical Servic…",
    "au-ocr-sugar-mill-hse-adviser-mill-line-lot-on-highway-po-box-postcode-o-email-comma-p-m-one-row-crushing-season":
        "address 'Stone River Mill, Lot 5 Bruce Highway, PO Box 55… for 'Lot 5 Bruce Highway, Ingham QLD 4850"
        "'",
    "za-platinum-mine-shaft-superintendent-shaft-and-dept-line-physical-and-postal-labels-private-bag-emergency-company-reg-number":
        "department None for 'Mining Operations'",
    "za-ocr-citrus-farm-hr-recruitment-officer-farm-portion-address-r-road-portion-l-tel-cell-one-row-email-comma-reg-footer":
        "address 'Portion 12 of the farm Rietfontein 555 LT' for 'Portion 12 of the farm Rietfontein 555 LT, "
        "R36, …",
    # text_cards_blind_ar.yaml (probe 65, session 10): read as shown
    "hk-ocr-bank-vp-campus-recruitment-legal-line-queens-road-apostrophe-lost-tel-mobile-row-merged-O":
        "address '28/F, Kingsgate Tower, 88 Queens Road Central, C… for \"28/F, Kingsgate Tower, 88 Queen's R"
        "oad Central, …",
    "ph-ocr-bank-alabang-vp-hr-group-ma-name-corner-address-space-lost-zip-l-trunkline-loc":
        "address 'Filinvest City, Alabang, Muntinlupa City 1781' for 'Mayon Bank Corporate Center, Commerce A"
        "venue cor…",
    "ae-ocr-abu-dhabi-kezad-logistics-hr-manager-llc-line-po-box-l-for-1-space-lost-t-m-row-merged":
        "address 'Plot B-14, Khalifa Industrial Zone, P.O. Box 555… for 'Plot B-14, Khalifa Industrial Zone ("
        "KEZAD), P.O.…",
    # text_cards_blind_as.yaml (probe 66, session 10): read as shown
    "us-realty-franchise-brand-over-office-realtor-dre-line-independently-owned":
        "title None for 'REALTOR®'",
    "us-bank-branch-manager-vp-title-two-lines-branch-line-nmls-dot-bank-fdic":
        "department 'Westover Hills Branch' for None",
    "us-ocr-credit-union-branch-manager-icons-read-as-glyphs-branch-line-nmls-ncua":
        "department 'Lake Stevens Branch' for None",
    "us-ocr-realty-team-name-over-brokerage-realtor-mark-read-at-C0-state":
        "company 'The Halvorsen Home Team' for 'Cardinal Crest Realty'",
    "uk-solicitors-partner-title-two-lines-ddi-switchboard-fax-dx-sra-footer":
        "company 'Ashby Greaves' for 'Ashby Greaves Solicitors'",
    "uk-ocr-building-society-branch-manager-O113-mob-space-dropped-footer-split":
        "department 'Horsforth branch' for None",
    "ca-bank-senior-financial-advisor-cfp-branch-line-ext-cell-toll-free-cdic-bilingual":
        "department 'Springdale Branch' for None",
    "au-real-estate-franchise-office-licensed-agent-shop-address-licence-ta-abn-footer":
        "company 'Harbourline' for 'Harbourline Manly'",
    "nz-real-estate-salesperson-mobile-ddi-tagline-licensed-reaa-footer":
        "company 'Tui Coast Realty Ltd' for 'Tui Coast Realty'",
    # text_cards_blind_at.yaml (held out to session 10's freeze, scored once, no fix made): read as shown
    "us-ocr-logistics-regional-ops-manager-region-line-0-for-o-label-email-comma-street-split-usdot-footer":
        "address 'Blvd SW, 4800 Fulton Industrial, Atlanta, GA 303… for '4800 Fulton Industrial Blvd SW, Atla"
        "nta, GA 3033…",
    "us-ocr-bank-senior-hrbp-business-line-split-mobile-1-for-l-label-legal-footer-na":
        "department None for 'Consumer & Small Business Banking'",
    "us-ocr-city-recreation-superintendent-dept-split-office-cell-merged-dropped-space-building-line":
        "address 'Tesota Springs Community Center, 8200E Indian Be… for 'Tesota Springs Community Center, 820"
        "0 E Indian B…; department None for 'Parks, Recreation & Community Services'",
    "us-ocr-manufacturing-vp-operations-pe-legal-name-line-hq-caption-wisconsin-grid-address-space-dropped-three-phones":
        "address 'W140N8981 Lilly Road, Menomonee Falls, WI 53051' for 'W140 N8981 Lilly Road, Menomonee Fall"
        "s, WI 53051'",
    # text_cards_blind_au.yaml (held out to session 10's freeze, scored once, no fix made): read as shown
    "uk-ocr-private-hospital-theatres-manager-rn-msc-part-of-group-title-split-l-for-1-reg-footer":
        "department 'Theatres & Day Surgery' for None; phones ['+441614960185', '+447700900736', '+4416155501"
        "23… for ['+441614960185', '+447700900736']; title 'Manager' for 'Theatres & Day Surgery Manager'",
    "uk-ocr-department-store-manager-store-line-merged-with-title-O-for-0-mobile-support-centre-second-address":
        "title None for 'Store Manager'",
    "au-nsw-health-lhd-two-lines-nurse-unit-manager-ward-line-hospital-po-box-acknowledgement":
        "company 'Health' for 'Mid Coast Ranges Local Health District'",
    "au-fintech-name-first-team-lead-mobile-only-linkedin-level-suite-three-line-address-wordmark-foot":
        "company 'tidewell' for 'Tidewell Payments'; department 'payments' for None",
    "in-ocr-chennai-hospital-dr-degrees-line-senior-consultant-head-dept-split-dr-dot-read-comma-national-numbers":
        "department 'Department of Critical Care' for 'Department of Critical Care Medicine'",
    "sg-ocr-sentosa-resort-ta-manager-hr-line-t-m-row-merged-pin-icon-q-uen-footer":
        "company 'Halcyon Bay' for 'Halcyon Bay Resort Sentosa'",
    # Session 10: DEBATABLE: the trade under the logo left out because the legal name leaves it out
    "sg-bakery-chain-area-manager-region-paren-outlet-ops-blk-address-hq-hp-uen-footer":
        "company 'Golden Crumb' for 'Golden Crumb Bakery'",
    # text_cards_blind_av.yaml (session 10 probe): read as shown
    "us-ocr-name-in-capitals-nickname-in-quotes-bar-read-I":
        "company 'Ridgeline Builders General Contractors' for 'Ridgeline Builders'; department None for 'Prec"
        "onstruction'; name 'Douglas \\'\\'Doug\" Fairweather' for 'Douglas Fairweather'",
    "us-ocr-name-over-two-lines-van-der-space-dropped":
        "name 'Vander Hoeven' for 'Cornelia van der Hoeven'",
    "us-ocr-credentials-own-line-phd-mph-title-split-tel-I":
        "name 'Rebecca Kaminski-Torres' for 'Rebecca Kaminski-Torres, PhD, MPH'",
    "gb-ocr-chartered-fcipd-own-line-I-read-l-title-dept-merged":
        "department None for 'People Team'; name 'Harriet Fitzwilliam-Jones' for 'Harriet Fitzwilliam-Jones C"
        "hartered FCIPD'; title 'Chartered FClPD' for 'Group Head of Reward'",
    "gb-ocr-name-in-capitals-st-john-split-at-st-zero-read-O":
        "name 'Alexander ST' for 'Alexander St John-Smythe'",
    "ie-ocr-mac-separate-word-space-dropped-title-split":
        "name 'Donncha MacCárthaigh' for 'Donncha Mac Cárthaigh'",
    "sg-ocr-english-given-name-chinese-name-cfa-space-dropped-logo-split":
        "name 'Ryan Teo ZhiHao, CFA' for 'Ryan Teo Zhi Hao, CFA'",
    # text_cards_blind_aw.yaml (session 10 probe): read as shown
    "us-bank-division-over-desk-two-unit-lines":
        "company 'Ardmore Lisle' for 'Ardmore Lisle & Co.'; department None for 'Corporate & Investment Bank,"
        " Leveraged Finance'",
    "us-hospital-service-line-over-icu-unit-dash":
        "department 'Heart & Vascular Institute' for 'Heart & Vascular Institute, Cardiothoracic ICU –…",
    "us-ocr-consulting-bar-read-l-risk-advisory-plus-offering-line":
        "department 'Risk Advisory' for 'Risk Advisory, Cyber & Strategic Risk'",
    "uk-ocr-accounting-director-bar-read-i-audit-plus-sector-line":
        "department 'Audit & Assurance' for 'Audit & Assurance, Financial Services'",
    "uk-ocr-bank-group-risk-caps-above-name-reg-footer":
        "company 'Carrick Forth Group RISK' for 'Carrick Forth Bank plc'; department None for 'Group Risk'",
    "uk-university-school-and-dept-above-name-second-role-line":
        "company 'Aldermoor Business School' for 'University of Aldermoor'; department 'Department of Account"
        "ing & Finance' for 'Aldermoor Business School, Department of Account…",
    "uk-insurer-caps-unit-line-specialty-bar-marine-cargo":
        "department None for 'Specialty | Marine Cargo'",
    "ca-ocr-law-partner-bar-lost-title-practice-run-together":
        "department None for 'Banking & Finance'; title 'Partner Banking & Finance' for 'Partner'",
    "ca-ocr-hospital-program-bar-unit-bar-read-i-extension":
        "department None for 'Medicine Program | 6 North'",
    "au-engineering-associate-structures-caps-line-abn":
        "department None for 'Structures'",
    "au-ocr-university-school-over-faculty-faculty-line-split-cricos":
        "department 'Faculty of Engineering and, Information Technolo… for 'School of Computing and Informati"
        "on Systems, Fac…",
    "au-ocr-insurer-ta-lead-dash-technology-people-culture-line":
        "company 'wattlebank' for 'Wattlebank Insurance Group'",
    "ie-ocr-hospital-directorate-over-ward-irish-name-fadas-dropped":
        "department 'Haematology & Oncology Directorate' for \"Haematology & Oncology Directorate, St. Kevin'"
        "s …",
    # text_cards_blind_ax.yaml (session 10 probe): read as shown
    "us-food-bank-logo-amps-title-split-phone-email-gap-url-comma-footer-cut":
        "department 'Volunteer & Community Engagement' for None; title 'Manager' for 'Volunteer & Community E"
        "ngagement Manager'",
    "us-university-seal-copyright-name-I-for-l-phone-email-interleave-address":
        "address '1100 Cascade Way, Bellingham, WA 98225' for 'Old Main 214, 1100 Cascade Way, Bellingham, WA"
        " 9…",
    "au-fabrication-logo-18-pty-ltd-no-space-lowercase-name-email-comma":
        "company 'Bloodwood Fabrication' for 'Bloodwood Fabrication Pty Ltd'",
    "au-recruiter-surname-space-dropped-title-split-in-icon-url-comma":
        "company 'Swanline' for 'Swanline Recruitment'; department 'recruitment' for None; name 'Ashleigh van"
        " DenBerg' for 'Ashleigh van den Berg'",
    "nz-freight-phones-interleaved-title-suburb-split-copyright-icon-url-comma":
        "title None for 'Depot Manager – Seaview'",
    # text_cards_blind_ay.yaml (session 10 probe): read as shown
    "us-biotech-founder-cso-monogram-only-company-in-domain-bio-tld-lab-bay-address":
        "company 'NL' for None",
    "uk-ocr-vet-practice-clinical-director-paw-read-percent-bvsc-caps-out-of-hours-line-postcode-space-lost":
        "company 'Fem Cottage Veterinary Surgery' for 'Fern Cottage Veterinary Surgery'",
    "ca-staffing-agency-senior-recruiter-trades-desk-recruiting-for-client-t-ext-c-dash-unit-address":
        "department 'Staffing · Recruitment · Payroll Services' for None",
    "ca-ocr-coffee-roaster-two-co-owners-shared-hello-email-unlabelled-address-periods-instagram-O-accent-dropped":
        "department 'Kenji Arakawa' for None",
    "ca-ocr-calgary-landscaper-owner-operator-amp-read-8-slash-read-I-O-in-cell-now-hiring-pay-city-only":
        "company 'Prairie Roots' for 'Prairie Roots Landscaping & Snow Removal'",
    "au-ocr-barossa-family-winery-vineyard-manager-script-nn-read-m-O-in-mobile-cellar-door-and-postal-comma-read-period":
        "company 'Hoffmam Hill' for 'Hoffmann Hill'",
    "ie-ocr-kilkenny-pharmacy-owner-apostrophe-lost-in-wordmark-mpsi-O-in-056-eircode-own-line-facebook-f":
        "company 'Nolans Pharmacy' for \"Nolan's Pharmacy\"",
    "nz-ocr-wellington-design-studio-lowercase-macron-dropped-wordmark-two-rows-intl-mobile-level-space-lost-handle":
        "company 'kowhai studio' for 'Kōwhai Studio'",
    # text_cards_blind_az.yaml (session 10 probe): read as shown
    "us-health-system-over-hospital-line-nurse-manager-msn-rn-ne-bc-unit-dash-line-mail-code-office-pager":
        "company 'Calloway Health Calloway Memorial Hospital' for 'Calloway Health'",
    "us-academic-medical-center-residency-program-director-md-facp-two-title-lines-dept-of-medicine-pavilion-room-md-state-residency-office":
        "title 'Program Director, Internal Medicine Residency' for 'Program Director, Internal Medicine Resid"
        "ency, A…",
    "us-ocr-health-system-ta-partner-allied-health-imaging-wordmark-space-lost-title-split-l-for-1-careers-subdomain":
        "company 'BrookfieldRiver Health' for 'Brookfield River Health'",
    "us-ocr-hospitalist-medical-director-md-sfhm-campus-of-line-section-and-dept-lines-tower-room-office-pager-row-merged-zip-O":
        "department 'Department of Medicine' for 'Section of Hospital Medicine, Department of Medi…",
    "uk-nhs-trust-consultant-anaesthetist-college-tutor-degrees-own-line-dept-hospital-wing-level-secretary-switchboard-board-footer":
        "title 'Chair: Margaret Ellery · Chief Executive: Dr Pau… for 'Consultant Anaesthetist, RCoA College "
        "Tutor'",
    "uk-ocr-community-trust-clinical-lead-physio-mcsp-msk-service-health-centre-unit-l-tel-mob-row-merged":
        "address 'Town Street, Leeds LS13 3EJ' for 'Bramley Health Centre, Unit 1, Town Street, Leed…; compan"
        "y 'Healthcare NHS Trust' for 'Kirkstall and Aire Community Healthcare NHS Trus…",
    "ca-health-network-site-line-clinical-manager-rn-bscn-mn-che-unit-7b-wing-floor-ext-cell":
        "address 'Bell Wing, 7th Floor, 2400 The Queensway' for 'Bell Wing, 7th Floor, 2400 The Queensway, Toronto, ON "
        "M8Z 5X4'",
    "au-sa-health-lhn-dr-degrees-own-line-director-physician-education-gen-med-dept-hospital-line-t-switchboard-pager":
        "address '88 Waterloo Corner Road, Salisbury SA 5108' for 'Salisbury Plains Hospital, 88 Waterloo Cor"
        "ner Ro…",
    "au-ocr-rehab-hospital-allied-health-manager-profession-line-address-split-mobile-O-for-0-glyph-abn-footer":
        "title 'Allied Health Manager, Physiotherapist, APAM' for 'Allied Health Manager'",
    "ie-ocr-hse-header-hospital-name-split-physiotherapy-manager-dept-block-eircode-tel-space-lost-ext-email-comma-hse-region-footer":
        "company 'Health Service Executive' for 'Lee Valley General Hospital'; name 'Lee Valley General' for "
        "'Aoife Kavanagh'",
    "nz-private-surgical-hospital-two-line-logo-macron-perioperative-nurse-manager-rn-pgdip-ddi-mob-association-footer":
        "department None for 'Operating Theatres & Day Surgery Unit'",
    # text_cards_blind_ba.yaml (session 10 probe): read as shown
    "us-university-two-line-name-college-dept-assoc-prof-and-director-title-two-lines-campus-box-office-lab-fax":
        "address '218 Pruitt Engineering Hall' for '218 Pruitt Engineering Hall, Campus Box 7710, Gr…; title "
        "'Associate Professor and Director' for 'Associate Professor and Director, Center for Res…",
    "us-land-grant-university-research-lab-manager-ms-college-dept-lab-line-mail-stop-lab-office-orcid-url":
        "department 'Haldane Insect Ecology Lab' for 'College of Agriculture and Life Sciences, Depart…",
    "us-ocr-high-school-principal-name-first-mascot-line-district-footer-crest-glyph-I-for-l-fax-label-split":
        "company 'Catoctin HeIghts High School Home of the Timberw… for 'Catoctin Heights High School'",
    "us-ocr-university-career-center-employer-relations-caps-name-split-two-rows-space-dropped-icons-linkedin-employer-url":
        "department None for 'Pathways Career Center'",
    "us-liberal-arts-college-professor-and-chair-two-title-lines-dept-inside-title-hall-room-office-and-dept-phones":
        "department 'Chair, Department of History and Classics' for None; title 'Professor of History' for 'P"
        "rofessor of History, Chair, Department of Histo…",
    "us-ocr-university-school-of-nursing-office-director-clinical-placements-dnp-crest-cjk-suite-l-for-1-url-comma":
        "department 'Office of Clinical Education' for 'Adelaide Whitcombe School of Nursing, Office of …",
    "uk-primary-school-headteacher-and-dsl-mrs-motto-office-line-two-emails-trust-company-footer":
        "title 'Designated Safeguarding Lead' for 'Headteacher, Designated Safeguarding Lead'",
    "uk-ocr-fe-college-lecturer-long-title-split-two-rows-centre-campus-space-dropped-1-for-l-in-email-domain":
        "address 'Engineering, Automotive Technology Centre, River… for 'Automotive Technology Centre, Rivers"
        "ide Campus, …; title 'Lecturer in Motor Vehicle' for 'Lecturer in Motor Vehicle Engineering (Level 3"
        " &…",
    "uk-ocr-london-university-doctoral-college-pgr-admissions-manager-title-two-lines-crest-glyph-t-e-row-merged-url-comma":
        "department None for 'Doctoral College'; title None for 'Postgraduate Research Admissions Manager'",
    "ca-university-campus-line-faculty-dr-professor-and-associate-dean-research-two-title-lines-centre-room-ext-orcid":
        "department None for 'Faculty of Science'; title 'Professor, Earth & Environmental Sciences' for 'Pro"
        "fessor, Earth & Environmental Sciences, Assoc…",
    "ca-ocr-college-of-applied-arts-two-line-name-professor-and-program-coordinator-peng-label-space-dropped-ext-O-for-0-address-split":
        "department 'Computer Engineering Technology' for 'School of Applied Technology'; title 'Professor & "
        "Program Coordinator' for 'Professor & Program Coordinator, Computer Engine…",
    "ca-district-school-board-line-over-secondary-school-ms-principal-phone-ext-fax-school-site-mascot-line":
        "department None for 'Appleby Heights Secondary School'",
    "ca-ocr-university-apostrophe-name-faculty-of-graduate-studies-officer-crest-cjk-space-dropped-I-for-l-in-email":
        "department 'Faculty of GraduateStudies' for 'Faculty of Graduate Studies'",
    "au-ocr-university-careers-employability-senior-consultant-title-split-at-comma-level-space-dropped-mobile-O-for-0-cricos":
        "department None for 'Careers and Employability'",
    "au-ocr-university-college-research-school-dr-lab-manager-lab-line-crest-glyph-office-lab-row-merged-orcid-comma":
        "department 'Isotope Geochemistry Laboratories' for 'College of Science, Research School of Earth Sci"
        "…",
    "nz-ocr-secondary-college-mr-deputy-principal-title-two-lines-motto-crest-cjk-ddi-O-for-0-I-for-l-in-email":
        "department 'Curriculum & Staffing' for None; title 'Deputy Principal' for 'Deputy Principal, Curricu"
        "lum & Staffing'",
    # text_cards_blind_bb.yaml (session 10 probe): read as shown
    "us-ocr-museum-vertical-stacked-wordmark-split-name-three-line-title":
        "company 'Halverson Museum' for 'The Halverson Museum of Art'; title 'Director of Visitor Experience'"
        " for 'Director of Visitor Experience & Engagement'",
    "us-construction-contact-column-beside-name-rows-interleaved-o-c":
        "company 'Brannigan Builders Commercial Construction' for 'Brannigan Builders'; department None for '"
        "Preconstruction Services'",
    "gb-publisher-labels-after-numbers-t-m-qr-caption-catalogue":
        "company 'Harrow & Quill Publishing' for 'Harrow & Quill'",
    "ca-ocr-games-studio-vertical-split-name-bilingual-title-unlabelled-phone":
        "title 'Lead Technical Artist Artiste technique principa… for 'Lead Technical Artist'",
    "au-ocr-civil-two-offices-side-by-side-read-row-by-row-headings-merged":
        "address 'Level 9, 60 Clarence Street, Level 3, 145 Eagle … for 'Level 9, 60 Clarence Street, Sydney "
        "NSW 2000'; company 'Coolabah' for 'Coolabah Civil & Water'",
    "au-ocr-council-footer-row-pipes-read-l-title-split-acknowledgement":
        "urls ['nsw.gov.au'] for ['wattlebay.nsw.gov.au']",
    "nz-library-vertical-maori-name-line-split-name-title-two-lines-ddi":
        "address '155 Alexander Street, Awatea 3110' for 'Civic Square, 155 Alexander Street, Awatea 3110'",
    # text_cards_blind_bc.yaml (session 10 probe): read as shown
    "us-ocr-community-bank-avp-branch-manager-nmls-merged-branch-line-icon-amp-l-for-1-url-comma-fdic":
        "title 'Assistant Vice President' for 'Assistant Vice President, Branch Manager'",
    "us-county-highway-commissioner-pe-dept-under-county-wisconsin-grid-address-office-shop-cell-eoe":
        "title None for 'Highway Commissioner'",
    "us-engineering-firm-principal-pe-se-pipe-title-two-line-company-t-m-office-list-footer":
        "company 'Holloway Brandt' for 'Holloway Brandt Engineers & Surveyors'; department 'Structural Engine"
        "ering' for None; title 'Principal' for 'Principal | Structural Engineering'",
    "us-ocr-critical-access-hospital-nurse-recruiter-creds-own-line-area-code-O-email-comma-address-row-split":
        "name 'Shawna Redfield' for 'Shawna Redfield, BSN, RN'",
    "us-water-sewer-district-senior-civil-engineer-pe-dept-main-direct-office-and-mailing-address-lines":
        "department None for 'Engineering & Capital Projects'",
    "us-community-bank-svp-ag-lending-since-tagline-nmls-id-direct-cell-bank-street-po-box-one-line-dot-bank-fdic":
        "department 'Commercial & Agricultural Lending' for None; title 'Senior Vice President' for 'Senior V"
        "ice President, Commercial & Agricultural…",
    "us-ocr-potato-company-hr-coordinator-facility-line-t-f-merged-space-lost-idaho-grid-address-O-for-0":
        "address 'Rupert, ID 83350' for '350 S 600 W, Rupert, ID 83350'",
    "ca-credit-union-branch-manager-branch-line-t-c-toll-free-street-and-box-one-line-deposit-guarantee-footer":
        "department 'Humboldt Branch' for None",
    "ca-ocr-sawmill-operations-superintendent-division-line-title-space-lost-mill-cell-hwy-po-box-postal-code-O-for-0":
        "department 'Houston Sawmill Division' for None",
    # text_cards_blind_bd.yaml (held out to session 10's second freeze, scored once, no fix made): read as shown
    "us-high-school-principal-edd-tagline-district-line-main-fax":
        "company 'Brazos Bend Independent School District' for 'Harlan Creek High School'",
    "us-state-office-deputy-director-title-two-lines-state-wordmark":
        "company 'Colorado' for 'Colorado Office of Benefits Modernization'; department 'Office of Benefits M"
        "odernization' for None",
    "us-cpa-firm-audit-senior-manager-merged-direct-main":
        "company 'Lindqvist Carver CPAs & Advisors' for 'Lindqvist Carver'",
    "ca-restaurant-group-founder-chef-title-split-service-list":
        "address '1870 Hollis Street, Halifax, NSB3J 1W5' for '1870 Hollis Street, Halifax, NS B3J 1W5'",
    "ca-startup-cofounder-cto-lowercase-logo-montreal-bureau":
        "address 'Co-founder & CT0' for '5445 av. de Gaspé, bureau 610, Montréal (Québec)…; title None for 'C"
        "o-founder & CTO'",
    "uk-borough-council-service-manager-title-two-lines-civic-offices":
        "department None for 'Adult Social Care'",
    # text_cards_blind_be.yaml (held out to session 10's second freeze, scored once, no fix made): read as shown
    "au-ocr-nsw-health-lhd-nurse-unit-manager-rn-ward-hospital-site-t-m-row-merged":
        "company 'Health' for 'Western Ranges Local Health District'",
    "au-council-people-culture-partner-p-m-e-labels-postal-and-office-lines-tagline":
        "address 'Post: PO Box 21, Thornlands QLD 4164' for '18 Banksia Parade, Thornlands QLD 4164'",
    "nz-ocr-engineers-post-nominals-split-from-name-two-offices-p-m-row-merged-email-comma":
        "company 'Rakaia' for 'Rakaia Consulting Engineers'; name 'Hannah McAlister' for 'Hannah McAlister BE"
        "(Hons) CMEngNZ CPEng'",
    "ie-ocr-tu-assistant-professor-logo-initials-irish-name-line-room-comma-dublin-l0-icon-e":
        "address 'Room E2,07, Kylemore Campus, Kylemore Road, Dubl… for 'Room E2.07, Kylemore Campus, Kylemor"
        "e Road, Dubl…",
    "in-ocr-construction-pm-pmp-head-and-site-office-m-e-row-merged-space-lost-pin-l":
        "address 'Office No. 502, 5th Floor, Mukund Heights, Baner… for 'Office No. 502, 5th Floor, Mukund He"
        "ights, Baner…",
    "sg-hotel-director-talent-culture-malay-binte-name-location-under-logo-tagline":
        "company 'The Palawan Reach Sentosa' for 'The Palawan Reach'",
    "ph-private-hospital-chief-nursing-officer-rn-man-local-ext-accreditation-tagline":
        "phones ['+639175550348'] for ['+63285550211', '+639175550348']",
    # text_cards_blind_bf.yaml (probe 79, session 11): read as shown
    "uk-ocr-london-charity-tagline-phones-merged-capital-i-for-l-charity-footer":
        "company 'Kinfold' for \"Kinfold Children's Trust\"",
    "uk-ocr-cardiff-public-agency-crest-read-w-label-run-into-number-welsh-building":
        "address '5th Floor, Tŷ Glas, Callaghan Square, Cardiff CF… for '5th Floor, Tŷ Glas, Callaghan Square"
        ", Cardiff CF…",
    "nl-ocr-amsterdam-scaleup-team-lead-email-icon-a-letter-o-paren-postcode-space-lost":
        "emails ['asem.jansen@brugwerk.nl'] for ['sem.jansen@brugwerk.nl']; address '1016AB' as OCR read it (cards "
        "print it without the space too)",
    "nl-delft-professor-dutch-stacked-academic-titles-initials-and-given-name-faculty":
        "department 'Department of Transport & Planning, Faculty of C… for 'Department of Transport & Plannin"
        "g'; name 'Prof.dr.ir. M.J. de Groot' for 'Prof.dr.ir. M.J. (Maarten) de Groot'",
    "nl-ocr-the-hague-ngo-two-line-logo-pipe-read-l-between-phones-zero-in-tld-stichting-footer":
        "urls [] for ['openjustice.ngo']",
    "ch-zurich-diagnostics-dr-team-lead-over-two-lines-ag-legal-line-country-line":
        "department 'Assay Development' for None; title 'Team Lead' for 'Team Lead Assay Development'",
    # text_cards_blind_bg.yaml (probe 80, session 11): read as shown
    "us-ocr-state-department-two-line-name-parks-division-seasonal-hiring-coordinator-crest-o-l-for-i-o-c-merged-mailing-url-comma":
        "address 'Sandoval Building, 1190 S St. Francis Drive, Sar… for 'Sandoval Building, 1190 S St. Franci"
        "s Drive, San…; company 'Public Lands State Parks Dlvision' for 'Department of Outdoor Recreation & P"
        "ublic Lands'; department 'Department of Outdoor Recreation' for 'State Parks Division'",
    "us-ocr-intergovernmental-fund-acronym-logo-full-name-hr-division-unit-line-mail-stop-O-for-0-tel-space-lost-int-email-comma":
        "department 'Human Resources Division, Recruitment and Staffi… for 'Human Resources Division'; emails"
        " [] for ['fnurmagambetova@ifcr.int']",
    "us-ocr-housing-authority-of-the-city-two-lines-program-line-case-manager-ii-l-fax-tdd-merged-x-ext-equal-housing-icon":
        "company 'Housing Authority' for 'Housing Authority of the City of Port Sabine'; department None for "
        "'Family Self-Sufficiency Program'; title 'Manager II' for 'FSS Case Manager II'",
    "uk-museum-two-line-name-part-of-service-line-dr-no-dot-fsa-keeper-dept-yard-line-single-tel-charity-footer":
        "department None for 'Collections & Research'",
    "uk-public-sector-union-acronym-logo-full-name-region-line-senior-organiser-title-two-lines-tel-mob-members-freephone-slogan":
        "department None for 'West Midlands Region'",
    "ca-ocr-province-wordmark-flag-glyph-x-department-talent-acquisition-manager-mac-l-for-i-street-floor-then-po-box-city-t-c-merged":
        "company 'Nova Scotia' for 'Department of Coastal Communities & Fisheries'",
    "au-ocr-foster-care-charity-heart-icon-v-two-line-logo-senior-case-manager-program-line-p-m-O-for-0-unit-space-lost-abn-footer-split":
        "company 'Kinfolk Family Services Ltd' for 'Kinfolk Family Services'",
    "au-tas-museum-two-line-logo-manager-visitor-experience-dept-wharf-street-locked-bag-t-m-one-row-statutory-authority-abn-footer":
        "department None for 'Learning & Engagement'",
    "au-ocr-health-workers-union-acronym-logo-branch-line-organiser-O-for-0-region-in-title-street-locked-bag-hotline-split-1300":
        "title 'Member Hotline' for 'Industrial Organiser, Hunter & Central Coast'",
    "au-ocr-queensland-government-line-department-hr-line-principal-advisor-title-two-lines-level-space-lost-po-box-city-east-p-m-merged-qld-l-for-1":
        "urls ['www.drws.q1d.gov.au'] for ['www.drws.qld.gov.au']",
    "nz-ocr-whanau-trust-two-line-logo-macrons-dropped-case-manager-ph-mob-merged-suburb-line-charity-number-1-for-l":
        "company 'Harbourlight Whanau Trust' for 'Harbourlight Whānau Trust'; name 'Whanau Case' for 'Mereana"
        " Poutama'; title 'Manager' for 'Whānau Case Manager'",
    # text_cards_blind_bh.yaml (probe 81, session 11): read as shown
    "us-school-district-seal-junk-tagline-fragment-O-in-zip-space-in-email-ext":
        "company 'JCVo Cottonwood Valley Unified School District' for 'Cottonwood Valley Unified School Distr"
        "ict'",
    "us-fabrication-hr-generalist-contact-columns-merged-S-for-5-8-for-B-street":
        "address '4410 Roger 8 Chaffee Blvd SE, Grand Rapids, MI 4… for '4410 Roger B Chaffee Blvd SE, Grand "
        "Rapids, MI 4…",
    "us-store-manager-C-icon-store-label-O-for-0-in-email-B-for-8-street-city-space-lost":
        "address 'B405 Park Meadows Center Dr, Lone Tree, CO 80124' for '8405 Park Meadows Center Dr, Lone Tr"
        "ee, CO 80124'; emails ['storeO412@pinyonoutfitters.com'] for ['store0412@pinyonoutfitters.com']",
    "uk-nhs-trust-recruitment-lead-logo-S-for-5-dept-split-O-in-mobile-nhs-net-comma":
        "department 'Development' for 'Workforce & Organisational Development'",
    "uk-structures-associate-director-name-and-address-columns-interleaved-l-O-postcode":
        "address '3rd Floor, 110 Southwark Street' for '3rd Floor, 110 Southwark Street, London SE1 0TA'; dep"
        "artment 'London SEl OTA' for None",
    "uk-housing-repairs-manager-space-in-building-l-in-postcode-site-comma-society-footer":
        "address 'Quay side House, 12 Welsh Back, Bristol BS1 4RR' for 'Quayside House, 12 Welsh Back, Bristo"
        "l BS1 4RR'",
    "uk-edinburgh-solicitor-logo-junk-mac-kenzie-space-O-for-0-area-code-dx-llp-footer":
        "department None for 'Employment Law'; name 'Fiona Mac Kenzie' for 'Fiona MacKenzie'",
    "au-perth-mining-superintendent-logo-junk-name-title-phone-rows-merged-5-for-S-street":
        "title 'Superintendent' for 'Site Superintendent'",
    "au-brisbane-grammar-hr-head-crest-junk-O-in-postcode-site-commas-cricos-slip":
        "urls [] for ['www.brigalow.qld.edu.au']",
    "au-barossa-winery-cellar-door-script-logo-garbled-phones-first-5-for-S-state-space-in-site":
        "company 'Tanawonqa Estate' for 'Tarrawonga Estate'",
    "in-pune-it-services-ta-manager-logo-junk-8-for-B-tower-space-in-pin-percent-icon":
        "address 'Unit 402, Tower 8, Panchshil Tech Park' for 'Unit 402, Tower B, Panchshil Tech Park, Hinjew"
        "ad…",
    "in-hyderabad-pharma-dr-associate-director-rows-merged-R8D-N0-O-in-pin-cin":
        "department None for 'Formulation Development'; title 'Associate Director - R8D' for 'Associate Direc"
        "tor - R&D'",
    # text_cards_blind_bk.yaml (probe 84, session 11): read as shown
    "us-ocr-graphic-logo-lost-company-only-in-email-and-web-team-line-amp-space-lost-l-for-1":
        "company None for 'Ferncastle Labs'; department None for 'Platform & Infrastructure'",
    "us-wealth-caps-wordmark-wealth-management-descriptor-private-client-group-finra-footer":
        "company 'Everard Finch' for 'Everard Finch Wealth Management'",
    "uk-ocr-law-firm-partner-and-practice-merged-one-row-zero-read-o-url-comma-llp-sra-footer":
        "department None for 'Employment & Pensions'; title 'Partner Employment & Pensions' for 'Partner'",
    "uk-ocr-supermarket-store-number-line-apostrophe-lost-in-logo-1-read-l-label-space-lost":
        "company 'Fairburns' for \"Fairburn's\"",
    # text_cards_blind_bf.yaml (probe 79, session 11): as printed, a Dutch postcode keeps the space OCR lost

    # text_cards_blind_bi.yaml (held out to session 11's freeze, scored once, no fix made): read as shown
    "us-county-hr-analyst-department-line-title-two-lines-room-main-line-gov-jobs-url":
        "department 'Classification & Compensation' for 'Human Resources Department'; title 'Senior HR Analys"
        "t' for 'Senior HR Analyst, Classification & Compensation'",
    "us-retail-store-manager-store-number-mall-line-service-tagline-careers-subdomain":
        "department 'Join our team' for None",
    "us-ocr-ev-battery-team-lead-cell-assembly-dept-phones-line-split-bldg-I-for-l":
        "department None for 'Cell Assembly – Plant 2'",
    "us-ocr-concrete-sub-superintendent-nickname-po-box-P0-office-fax-merged-email-comma":
        "name 'Ruben Salazar' for 'Ruben \"Benny\" Salazar'",
    "us-law-firm-attorney-recruiting-manager-dept-suite-east-office-cities-footer":
        "address '1301 K Street NW, Suite 900 East, Washington, DC… for '1301 K Street NW, Suite 900 East, Wa"
        "shington, DC…",
    "us-ocr-cpa-firm-audit-partner-cpa-cfe-no-space-phone-comma-suite-O-for-0-tagline":
        "company 'Olderman Roesch' for 'Olderman Roesch CPAs & Advisors'",
    "ca-ocr-hospital-patient-care-manager-rn-bscn-mn-local-ext-floor-I-postal-no-space":
        "address '1150 Kingsway, 4th Floor' for '1150 Kingsway, 4th Floor, Vancouver, BC V5V 3C8'; company 'C"
        "oast Harbour Health' for 'Cedarcroft General Hospital'",
    "ca-ocr-university-professor-research-chair-title-line-split-room-no-space-email-comma":
        "department 'Department of Computer Science, Faculty of Scien… for 'Department of Computer Science'; "
        "title 'Associate Professor' for 'Associate Professor, Canada Research Chair in Tr…",
    "ca-grocery-coop-district-manager-title-two-lines-tagline-unit-dartmouth":
        "company 'Fundy Shore' for 'Fundy Shore Co-op Grocers'",
    # text_cards_blind_bj.yaml (held out to session 11's freeze, scored once, no fix made): read as shown
    "uk-cardiff-engineering-consultancy-postnominals-on-name-associate-en-dash-discipline-two-labelled-offices-company-footer":
        "company 'Tafflyn' for 'Tafflyn Consulting Engineers'",
    "in-pune-engineering-gm-plant-operations-degrees-own-line-works-and-regd-office-addresses-midc-taluka-pin-cin":
        "title None for 'General Manager – Plant Operations'",
    # text_cards_blind_bl.yaml (probe 87, session 12: tech start-ups and agencies): read as shown
    "gb-ocr-manchester-games-studio-lowercase-name-with-pronouns-l-for-1-pin-read-q":
        "title None for 'Technical Artist'",
    "gb-ocr-brighton-ux-agency-all-lowercase-card-two-emails-piped-space-lost-o-for-0":
        "department 'UX & Service Design' for None",
    "ca-ocr-vancouver-games-studio-wordmark-at-bottom-live-ops-team-rn-for-m-pin-read-q":
        "emails ['siobhan.trn@driftcoast.games'] for ['siobhan.tm@driftcoast.games']",
    "ca-ocr-kitchener-robotics-talent-partner-bullet-people-team-phone-icon-c-comma-in-url-qr":
        "name 'Meera Bala Chandran' for 'Meera Balachandran'",
    "nl-ocr-rotterdam-ai-startup-talent-partner-pipe-r-and-d-o-for-0-address-lines-run-together":
        "address None for 'Schiedamse Vest 154, 3011 BH Rotterdam'; phones ['+31105550193', '+31101543011'] for ['+31"
        "105550193']",
    # text_cards_blind_bm.yaml (probe 88, session 12: law, accounting, finance): read as shown
    "us-cpa-firm-caps-wordmark-descriptor-senior-manager-audit-line-llp-only-in-licence-footer":
        "company 'Brannock Whitley CPAs & Advisors' for 'Brannock Whitley'",
    "us-ocr-ib-boutique-vp-m-and-a-cfa-pronouns-linkedin-accent-lost-m-read-rn-space-lost-finra-footer":
        "name 'Tomas Eberhardt-Lin, CFA' for 'Tomás Eberhardt-Lin, CFA'",
    "ca-ocr-halifax-insurer-fcip-underwriting-manager-commercial-lines-accent-lost-l-read-1-label-ll":
        "name 'Siobhan Mac Neil-Thibodeau, FCIP' for 'Siobhán Mac Neil-Thibodeau, FCIP'",
    "hk-cpa-limited-firm-name-over-two-lines-partner-practising-fcca-tel-fax-mobile-852-parentheses":
        "company 'Keswick Lau & Partners' for 'Keswick Lau & Partners CPA Limited'",
    # text_cards_blind_bn.yaml (probe 89, session 12: phone photos of harder layouts): read as shown
    "us-ocr-startup-pronouns-line-comma-title-wordmark-at-bottom-qr-caption-lost":
        "emails ['priyanka@quillfeather.al'] for ['priyanka@quillfeather.ai']; phones [] for ['+12065550109']",
    "us-ocr-vertical-stacked-labels-above-values-wordmark-at-bottom-email-split-licence-lost":
        "emails [] for ['rquintanilla@sonoranbuilders.com']; urls ['builders.com'] for []",
    "us-ocr-two-column-wordmark-left-name-right-interleaved-phone-runs-into-email-o-for-zero":
        "company 'oathaven' for 'Oathaven Foods'",
    "gb-ocr-two-column-interleaved-consultancy-descriptor-under-wordmark-bracket-zero-read-o":
        "company 'Fenwick Ashby Management Consultants' for 'Fenwick Ashby'",
    "au-ocr-dark-two-column-interleaved-e-label-email-level-l-for-1-o-for-zero":
        "department None for 'Transport & Urban Mobility'; company 'Harbourline Infrastructure Advisory' for 'Harbour"
        "line'",
    "ca-ocr-two-column-interleaved-cfa-credential-private-credit-o-for-zero-g-read-q":
        "department None for 'Private Credit'; address '100 Kinq Street West, Suite 5600, Toronto, ON M5X 1C9' for '100 Ki"
        "ng Street West, Suite 5600, Toronto, ON M5X 1C9'",
    "ca-ocr-two-column-accented-name-runs-into-phone-c-label-cell-accent-lost":
        "name 'Amelie Fortin-Chang' for 'Amélie Fortin-Chang'",
    "in-ocr-dark-finserv-bottom-row-unlabelled-numbers-bullets-lost-cin-footer-lost":
        "address '12th Floor, Sagarika Towers, Senapati Bapat Marg, Lower Pare1, Mumbai 400013' for '12th Floor, Saga"
        "rika Towers, Senapati Bapat Marg, Lower Parel, Mumbai 400013'",
    "ie-ocr-two-column-interleaved-irish-name-fadas-lost-eircode-o-for-zero":
        "name 'Siobhan Ni Bhriain' for 'Siobhán Ní Bhriain'; department None for 'Engineering Hiring'",
    # text_cards_blind_bo.yaml (probe 90, session 12: trades, clinics, schools): read as shown
    "us-ocr-elementary-school-principal-district-line-above-mascot-tagline-office-fax-run-together":
        "company 'Juniper Hills' for 'Juniper Hills Elementary School'",
    "us-ocr-3pl-terminal-manager-bullet-site-on-title-line-toll-free-dispatch-usdot-footer-rn-for-m-tilde-lost":
        "name 'Rogelio Banuelos' for 'Rogelio Bañuelos'",
    "uk-ocr-heating-engineers-mac-caps-wordmark-gas-safe-vat-footer-address-line-split-space-lost":
        "company 'Mac ASKILL Heating & Plumbing LTD' for 'MacAskill Heating & Plumbing Ltd'",
    "ca-ocr-long-term-care-director-of-care-bilingual-title-and-labels-accent-lost-o-for-0":
        "name 'Francoise Lavallée-Boyd, RN' for 'Françoise Lavallée-Boyd, RN'; title 'Director of Care' for 'Director"
        " of Care / Directrice des soins'",
    "au-ocr-vet-clinic-practice-manager-after-hours-line-social-handle-space-lost-i-for-l-at-read-a":
        "address '188 Glven Terrace, Paddington QLD 4064' for '188 Given Terrace, Paddington QLD 4064'",
    "nz-ocr-builders-site-supervisor-lbp-number-line-mob-first-po-box-nzbn-footer-o-for-0-space-lost":
        "company 'Kauri Point Builders Ltd' for 'Kauri Point Builders'; address 'PO Box 33417, Takapuna, Auckland 074"
        "0' for 'PO Box 33 417, Takapuna, Auckland 0740'",
    "ie-hotel-hr-generalist-pipe-title-and-unit-fada-name-tel-mob-part-of-group-footer":
        "company 'The Liffey Lantern' for 'The Liffey Lantern Hotel'",
    # text_cards_blind_bn.yaml: the name's credentials on a piece of their own (OCR split the line)
    "gb-ocr-angled-photo-name-and-credentials-split-phone-pair-split-postcode-l-for-1":
        "name 'Tobias Wren-Oduya' for 'Tobias Wren-Oduya CEng MICE'",
    # text_cards_blind_bp.yaml (probe 85, held out to session 12's freeze): read as shown after the freeze
    "ca-bilingual-ottawa-health-centre-en-fr-name-title-and-unit-lines-extension":
        "company 'Rideau Valley Health Centre Centre de santé de la vallée Rideau' for 'Rideau Valley Health Centre'",
    "ca-ocr-bilingual-montreal-software-french-first-title-c-cellulaire-accents-lost-postcode-space-lost":
        "name 'Mathilde Cote-Tremblay' for 'Mathilde Côté-Tremblay'; title 'Director, Human Resources' for 'Directric"
        "e, Ressources humaines'",
    # text_cards_blind_bq.yaml (probe 86, held out to session 12's freeze): read as shown after the freeze
    "gb-ocr-borough-council-hr-business-partner-service-line-o-for-zero-pin-q":
        "department None for 'People and Organisational Development'",
    # text_cards_blind_br.yaml (probe 93, healthcare and life sciences): read as shown on arrival
    "us-cardiologist-md-phd-facc-hospital-under-health-system-wordmark-division-line-pager-and-fax":
        "company 'Meridian Bay Health St. Aldric University Hospital' for 'St. Aldric University Hospital'",
    "us-ocr-nurse-manager-msn-rn-ccrn-step-down-unit-and-floor-part-of-system-extension-rn-for-m-space-lost":
        "department None for 'Cardiac Step-Down Unit · 6 West'",
    "us-ocr-medical-science-liaison-pharmd-bcop-territory-line-legal-name-and-address-in-footer-zero-for-o-phone-icon-c":
        "department None for 'Medical Affairs | Hematology-Oncology'",
    "us-biotech-head-of-protein-sciences-phd-research-campus-building-and-floor-lab-and-mobile-numbers":
        "address 'Alewife Research Campus, Building 2, Floor 3, 75 Cambridge Park Drive, Cambridge, MA 02140' for 'Alew"
        "ife Research Campus, Building 2, Floor 3, 75 CambridgePark Drive, Cambridge, MA 02140'",
    "uk-ocr-professor-group-leader-phd-frse-fmedsci-institute-under-university-lab-line-o-for-0-handle-line-lost":
        "company 'Adeyemi-Ross Lab' for 'Caledonia University'; department None for 'Institute for Translational Immuno"
        "logy'",
    "ca-ocr-physician-recruitment-consultant-cphr-health-system-wordmark-hospital-in-address-at-read-a-space-lost":
        "address 'Chinook Ridge Hospital, Administration Building, 2nd Floor, 5600 Sarcee Trail SW, Calgary AB T3E 7H2'"
        " for 'Administration Building, 2nd Floor, 5600 Sarcee Trail SW, Calgary AB T3E 7H2'; department None for 'Medi"
        "cal Staff Affairs'",
    "au-orthopaedic-surgeon-mr-honorific-mbbs-fracs-on-own-line-operating-hospital-line-p-and-f-on-one-line":
        "title None for 'Orthopaedic Surgeon · Hip & Knee Reconstruction'",
    "au-ocr-nurse-unit-manager-ward-7b-hospital-line-under-lhd-wordmark-credentials-own-line-pin-v-zero-for-o":
        "company 'Hunter Coast Local Health District' for 'Kirrang Bay Hospital'; department None for 'Ward 7B · Haemat"
        "ology & Oncology'",
    "au-ocr-regulatory-affairs-manager-anz-pty-ltd-over-level-address-lines-run-together-comma-for-dot-in-url-abn":
        "address 'Macquarie Park NSW 2113' for 'Level 9, 2 Waterloo Road, Macquarie Park NSW 2113'; company 'corvanta' "
        "for 'Corvanta Pharmaceuticals Pty Ltd'",
    "ie-ocr-medtech-talent-acquisition-partner-people-team-galway-title-split-in-two-rn-for-m-in-street":
        "address 'Parkrnore West Business Park, Galway, H91 X5C2' for 'Parkmore West Business Park, Galway, H91 X5C2'",
    # text_cards_blind_bs.yaml (probe 94, every card a phone photo): read as shown on arrival
    "us-ocr-software-eng-manager-pronouns-line-wordmark-at-bottom-title-run-together-glare-lost-suite":
        "address '548 Market Street, San Francisco, CA 94104' for '548 Market Street, Suite 300, San Francisco, CA 9410"
        "4'",
    "us-ocr-school-district-director-edd-hr-division-space-inside-word-comma-for-dot":
        "title 'Director of Cert ificated Staffing' for 'Director of Certificated Staffing'",
    "us-ocr-grocery-store-manager-title-and-store-line-run-together-accent-lost":
        "address 'Store Manager Store #412, Mesa, AZ' for '1955 S Power Rd, Mesa, AZ 85206'; name 'Tomas Quintanilla' f"
        "or 'Tomás Quintanilla'; title None for 'Store Manager'",
    "us-ocr-law-firm-partner-esq-practice-group-glare-lost-word-zip-o-for-0":
        "department 'Employment & Labor Practice' for 'Employment & Labor Practice Group'",
    "us-ocr-builder-senior-project-exec-tagline-in-pieces-office-label-o-read-zero-url-cut-at-edge":
        "urls [] for ['granitepeakbuilders.com']",
    "uk-ocr-dept-store-early-careers-partner-pronouns-on-name-line-words-run-together-address-cut-at-edge":
        "address 'Marlow & Finch House, 40 Holborn Viaduct, London ECIN 2P' for 'Marlow & Finch House, 40 Holborn Viadu"
        "ct, London EC1N 2PB'",
    "uk-ocr-engineering-consultancy-principal-credentials-own-line-i-read-l-glare-cut-department":
        "department 'Bridges & Civil Str' for 'Bridges & Civil Structures'",
    "ca-ocr-hotel-executive-chef-culinary-space-inside-title-area-code-o-for-0-postcode-space-lost":
        "department None for 'Culinary'",
    "ca-ocr-midstream-engineering-manager-peng-comma-title-company-words-run-together-postcode-2-read-z":
        "company 'Prairieridge Midstream LTD.' for 'Prairie Ridge Midstream Ltd.'",
    "ca-ocr-credit-union-branch-manager-branch-line-toll-free-tagline-in-pieces-postcode-b-read-8":
        "department 'Spring Garden Branch' for None",
    "au-ocr-bank-graduate-recruitment-lead-early-talent-mobile-o-for-0-glare-lost-state-postcode":
        "address 'Level 14, 60 Margaret Street, Sydney' for 'Level 14, 60 Margaret Street, Sydney NSW 2000'",
    "au-ocr-mining-hr-superintendent-site-ops-line-triangle-logo-read-aa-8-read-b-street-run-together":
        "phones ['+6155504417', '+61491572630'] for ['+61855504417', '+61491572630']",
    "in-ocr-it-services-senior-ta-specialist-campus-hiring-phone-icon-read-c-tower-b-read-8-pin-o-for-0":
        "address 'Tower 8, 5th Floor, Sapphire Tech Meadows, Outer Ring Road, Bellandur, Bengaluru 560103' for 'Tower B"
        ", 5th Floor, Sapphire Tech Meadows, Outer Ring Road, Bellandur, Bengaluru 560103'",
    "in-ocr-bank-deputy-manager-hr-cin-footer-logo-read-xk-locality-run-together-pin-o-for-0":
        "address None for 'Mercantile House, 7th Floor, Nariman Point, Mumbai 400 021'",
    "nz-ocr-builders-merchant-branch-manager-space-inside-surname-postcode-8-read-b-url-cut-at-edge":
        "company 'southernalpsbuilding.co.n' for 'Southern Alps Building Supplies'; department 'Hornby Branch' for None"
        "; urls [] for ['southernalpsbuilding.co.nz']",
    # text_cards_blind_bt.yaml (probe 95, engineering, energy, defence, transport): read as shown on arrival
    "us-transit-authority-name-over-two-lines-pe-pmp-office-of-capital-programs-project-office-before-admin-offices":
        "company 'Piedmont Regional' for 'Piedmont Regional Transit Authority'",
    "us-ocr-jv-named-by-both-partners-pipe-bridge-project-line-field-office-email-on-partner-domain-pin-v-space-added":
        "emails ['baines@strandconstructors.com'] for ['dferraro-baines@strandconstructors.com']",
    "us-ocr-freight-railway-ampersand-name-over-two-lines-roadmaster-pronouns-dept-line-split-globe-icon-at":
        "department 'Engineering Services –' for 'Engineering Services – Track & Structures'",
    "uk-ocr-naval-defence-business-unit-line-ceng-miet-sc-dv-clearance-and-covenant-footers-line-lost-l-for-1":
        "company 'Sentinel Maritime' for 'Sentinel Maritime Systems'; name 'Fiona McAllister-Doyle CEng M1ET' for 'Fion"
        "a McAllister-Doyle CEng MIET'",
    "uk-tunnel-jv-named-by-both-partners-project-line-site-compound-address-partner-legal-names-footer":
        "company 'A joint venture of Kellaway Construction Ltd and Brunt Tunnelling UK Ltd' for 'Kellaway Brunt Joint V"
        "enture'",
    "uk-ocr-offshore-wind-farm-brand-over-operated-by-ltd-om-base-phone-icons-ampersand-lines-run-together":
        "address 'Operations & Maintenance Base Royal Dock, Grimsby DN31 3LL' for 'Royal Dock, Grimsby DN31 3LL'",
    "au-motorway-project-brand-over-jv-named-by-both-partners-pipe-design-manager-tunnel-systems-project-office":
        "company 'Merri Creek Link' for 'Barrow Civil | Koval Engineering JV'",
    "nz-ocr-geothermal-generator-business-unit-power-station-before-auckland-head-office-cmengnz-macron-lost-pipe-i-l-for-1":
        "address 'Te Ahi Roa Power Station, 310 Broadlands Road, Taupo 3377, Level 8, 155 Queen Street, Auckland 1010' "
        "for 'Te Ahi Roa Power Station, 310 Broadlands Road, Taupō 3377'",
    "in-ocr-state-transmission-corporation-name-over-two-lines-er-prefix-executive-engineer-circle-line-comma-o-for-0-split":
        "department None for 'EHV Construction Circle, Nagpur'",
    "za-platinum-miner-caps-two-lines-bsc-eng-preng-concentrator-title-mine-before-johannesburg-head-office-c-cell":
        "name 'Thabo Mokoena BSc(Eng) Pr Eng' for 'Thabo Mokoena BSc(Eng) PrEng'",
    "za-ocr-solar-ipp-plant-manager-prtecheng-own-line-run-into-name-phone-icon-c-plant-before-cape-town-office-rf-pty-footer":
        "name 'Lerato Dlamini-Visser PrTechEng' for 'Lerato Dlamini-Visser'",
    # text_cards_blind_bu.yaml (probe 91, held out to session 13's freeze): read as shown at the freeze
    "us-ocr-university-medical-center-nurse-recruiter-msn-rn-space-lost-rn-for-m-in-email":
        "company 'Harlan University Medicalcenter' for 'Harlan University Medical Center'",
    "us-ocr-trucking-terminal-manager-toll-free-main-direct-cell-run-together-usdot-footer-lost":
        "emails ['carnberley@redlinefreight.com'] for ['camberley@redlinefreight.com']; name 'Curtis Arnberley' for 'Cu"
        "rtis Amberley'",
    "us-ocr-car-dealership-general-sales-manager-cell-text-label-o-for-zero-space-lost-qr-caption-lost":
        "department 'Sales' for None",
    "ca-bilingual-new-brunswick-trucking-hr-director-french-first-title-bur-off-label-toll-free-recruiting":
        "title 'Human Resources Director' for 'Directeur des ressources humaines'",
    "ca-ocr-ontario-school-board-hr-officer-teacher-staffing-ext-comma-for-dot-postcode-space-lost-handle-a":
        "department None for 'Elementary Teacher Staffing'",
    "ca-saskatoon-accounting-firm-partner-cpa-ca-caps-descriptor-practice-line-direct-main":
        "company 'Kowalchuk Dyck Chartered Professional Accountants' for 'Kowalchuk Dyck'",
    "ca-ocr-vancouver-hotel-executive-chef-culinary-dept-city-under-wordmark-o-for-zero-l-for-one-handle-lost":
        "department None for 'Culinary'",
    # text_cards_blind_bv.yaml (probe 92, held out to session 13's freeze): read as shown at the freeze
    "uk-ocr-metropolitan-borough-council-name-lines-run-together-o-for-0-apostrophe-lost":
        "department 'Childrens Services' for \"Children's Services\"",
    "nz-ocr-engineering-consultancy-macron-wordmark-ddi-label-macron-lost-i-read-l-credentials-line-lost":
        "company 'Kowhai' for 'Kōwhai Consulting Engineers'",
    "nz-law-firm-lawyers-descriptor-partner-practice-line-ddi-po-box-and-dx-lines":
        "address 'Level 22, 151 Queen Street, Auckland 1010, PO Box 4417, Shortland Street, Auckland 1140' for 'Level 2"
        "2, 151 Queen Street, Auckland 1010'; company 'Whitcombe Ngata Lawyers' for 'Whitcombe Ngata'",
    # text_cards_blind_bw.yaml (probe 98, public sector, universities, nonprofits): read as shown on arrival
    "us-university-associate-professor-dept-and-college-lines-hall-room-campus-mail-code-grad-inbox":
        "address '1870 University Avenue, Columbia, MO 65211' for '214 Bertrand Hall, Campus Mail Code 2150, 1870 Unive"
        "rsity Avenue, Columbia, MO 65211'; department 'Department of Civil & Environmental Engineering, College of Eng"
        "ineering and Computing' for 'Department of Civil & Environmental Engineering'",
    "us-ocr-state-line-over-agency-division-line-program-analyst-grade-main-ext-comma-for-dot-zero-for-o":
        "company 'State of Oregon' for 'Department of Workforce Opportunity'; department 'Department of Workforce Oppor"
        "tunity, Apprenticeship & Training Division' for 'Apprenticeship & Training Division'; emails ['marcus.lindqvis"
        "t@dwo.oregon.gov', 'apprenticeship@dwo.oreg0n.gov'] for ['marcus.lindqvist@dwo.oregon.gov', 'apprenticeship@dw"
        "o.oregon.gov']",
    "us-ocr-transit-authority-name-two-lines-deputy-director-comma-title-division-main-ext-direct-mobile-space-lost-l-for-1":
        "address '1240 West6th Street, Cleveland, OH 44113' for '1240 West 6th Street, Cleveland, OH 44113'",
    "us-ocr-intergovernmental-fund-name-two-lines-run-together-hr-officer-unit-and-department-lines-o-for-zero":
        "department 'Talent Sourcing & Mobility Unit, Human Capital Department' for 'Talent Sourcing & Mobility Unit'",
    "us-nonprofit-msw-and-pronouns-on-name-line-x204-extension-volunteer-inbox-wordmark-with-descriptor-at-bottom-handle":
        "company 'Bright Harbor' for 'Bright Harbor Youth Mentoring Alliance'",
    "us-ocr-middle-school-principal-edd-district-line-above-attendance-line-phone-icon-c-comma-in-credential":
        "address 'Hollis Park School District 112' for '1500 Chestnut Avenue, Wilmette, IL 60091'",
    "uk-ministerial-department-name-two-lines-grade-7-in-title-team-and-directorate-lines-team-inbox":
        "department 'Further Education Funding Team, Skills Directorate' for 'Further Education Funding Team'; title 'S"
        "enior Policy Adviser' for 'Senior Policy Adviser (Grade 7)'",
    "ca-federal-bilingual-card-english-french-pairs-classification-level-directorate-k1a-postcode":
        "address '25 Laurier Street, 7th Floor' for '25 Laurier Street, 7th Floor, Gatineau QC K1A 0M5'; company 'Gouve"
        "rnement du Canada Northern Skills Development Canada' for 'Northern Skills Development Canada'; department \"L"
        "abour Market Information Directorate, Direction de l'information sur le marché du travail\" for 'Labour Market"
        " Information Directorate'",
    "ca-newcomer-nonprofit-office-and-mailing-po-box-addresses-x-extension-c-for-cell-program-line-info-inbox":
        "department None for 'Employment & Bridging Programs'",
    "au-university-city-under-wordmark-senior-lecturer-school-and-faculty-lines-building-code-room-abn-cricos-footer":
        "address 'Room 408, Level 4, Kirribilli Building, Harbourside University NSW 2006' for 'Room 408, Level 4, Kirr"
        "ibilli Building (K14), Harbourside University NSW 2006'; company 'Harbourside University Sydney' for 'Harbours"
        "ide University'; department 'School of Population Health, Faculty of Medicine and Health' for 'School of Popul"
        "ation Health'",
    "au-ocr-commonwealth-department-assistant-director-el1-branch-and-division-lines-gpo-box-only-l-for-1-zero-for-o-icon-c":
        "address 'GP0 Box 2130 Canberra ACT 2601' for 'GPO Box 2130 Canberra ACT 2601'; department 'Water Markets Branc"
        "h, Water Policy Division' for 'Water Markets Branch'; title 'Assistant Director (ELl)' for 'Assistant Director"
        " (EL1)'",
    "ie-ocr-state-agency-irish-name-line-above-heo-grade-title-unit-line-eircode-fada-lost-l-for-1":
        "address 'Block C, Clonskeagh Business Park, Dublin l4, D14 V2F9' for 'Block C, Clonskeagh Business Park, Dubli"
        "n 14, D14 V2F9'; company 'An tÚdarás Náisiúnta Printíseachta agus Scileanna National Apprenticeship and Skills"
        " Authority' for 'National Apprenticeship and Skills Authority'; name 'Cian O Dálaigh' for 'Cian Ó Dálaigh'",
    "ke-republic-ministry-state-department-hierarchy-caps-name-deputy-director-comma-title-po-box-postal-code-ps-inbox":
        "company None for 'Ministry of Youth Affairs and Digital Economy'; department None for 'State Department for Yo"
        "uth Employment'",
    "ng-federal-university-prof-fnse-dean-comma-faculty-title-room-and-pmb-lines-dean-office-inbox-motto":
        "phones ['+2348035550127'] for ['+23415550134', '+2348035550127']",
    "ng-ocr-federal-agency-name-two-lines-assistant-director-grade-level-hr-department-gsm-label-email-icon-a-apostrophe-lost-l-for-1":
        "address 'Plot 1021, Shehu YarAdua Way' for \"Plot 1021, Shehu Yar'Adua Way, Central Business District, Abuja, "
        "FCT\"; phones ['+2348055550142'] for ['+23495550123', '+2348055550142']; title 'Assistant Director (GL l5)' fo"
        "r 'Assistant Director (GL 15)'",
    # text_cards_blind_bx.yaml (probe 99, sales-driven employers, many phone lines): read as shown on arrival
    "us-franchise-realty-wordmark-office-name-beside-realtor-mark-dre-call-or-text-small-print":
        "company 'Bluegate Pacific Crest Realty' for 'Bluegate Realty Pacific Crest'; title 'Broker Associate | DRE #02"
        "187456' for 'Broker Associate'",
    "us-ocr-dealership-maker-logo-over-dealer-name-sales-and-cell-on-one-piped-line-qr-caption":
        "department 'Sales' for None",
    "us-ocr-staffing-franchise-office-line-practice-dept-bullet-phones-web-in-now-hiring-line":
        "company 'Summitline Staffing' for 'Summitline Staffing Tulsa South'; department None for 'Light Industrial & S"
        "killed Trades'",
    "us-saas-lowercase-wordmark-pronouns-line-title-with-comma-segment-demo-and-linkedin-urls-legal-footer":
        "company 'Quillmark, Inc.' for 'Quillmark'",
    "us-ocr-hotel-group-sales-direct-main-whatsapp-descriptor-under-wordmark-m-read-rn":
        "address '1200 Dernonbreun Street, Nashville, TN 37203' for '1200 Demonbreun Street, Nashville, TN 37203'; comp"
        "any 'The Halcyon Arden' for 'The Halcyon Arden Hotel & Conference Center'",
    "us-wholesale-distributor-descriptor-line-territory-in-title-extension-toll-free-customer-service":
        "department 'Customer Service' for None",
    "us-ocr-telecom-business-unit-under-wordmark-public-sector-dept-two-phone-lines-run-together-big-slogan":
        "company 'vantix BUSINESS' for 'Vantix'",
    "us-nyc-brokerage-team-line-c-and-o-labels-instagram-handle-qr-caption-equal-housing-footer":
        "title None for 'Licensed Real Estate Salesperson'",
    "uk-ocr-hotel-sales-city-under-wordmark-plus44-trunk-zero-o-for-0-l-read-i":
        "name 'Fiona McAIlister' for 'Fiona McAllister'",
    "au-franchise-agency-office-name-under-wordmark-piped-title-licence-and-abn-in-footer":
        "company 'bellbird Inner West' for 'Bellbird Property Inner West'; department 'Auctioneer' for None; title 'Sal"
        "es Agent' for 'Sales Agent | Auctioneer'",
    "nz-franchise-real-estate-suburb-office-under-wordmark-m-and-p-labels-reaa-licence-small-print":
        "company 'Ridgeline Ponsonby' for 'Ridgeline Real Estate Ponsonby'",
    "nz-ocr-saas-partner-team-dept-ddi-mobile-international-format-pronoun-line-lost-spaces-lost":
        "address 'Level 2, 94 Tory Street, TeAro, Wellington 6011' for 'Level 2, 94 Tory Street, Te Aro, Wellington 601"
        "1'",
    "ie-ocr-dealership-family-slogan-big-whatsapp-line-fadas-lost-o-for-0-simi-line-lost":
        "name 'Cian O Suilleabhain' for 'Cian Ó Súilleabháin'",
    # text_cards_blind_by.yaml (probe 100, English cards from outside the English-speaking countries): read as shown on arrival
    "de-ocr-berlin-mobility-startup-gmbh-wordmark-pronouns-run-into-name-phone-icon-c-eszett-read-b":
        "address 'TorstraBe 140, 10119 Berlin' for 'Torstraße 140, 10119 Berlin'",
    "de-hamburg-shipping-gmbh-co-kg-body-line-crew-recruitment-unit-phone-fax-mobile-english-labels":
        "company 'Kortmann Reederei' for 'Reederei Kortmann GmbH & Co. KG'",
    "de-ocr-frankfurt-bank-ag-zu-particle-name-vp-campus-title-postcode-0-read-o-url-comma-for-dot":
        "urls [] for ['www.mainufer-bank.de/karriere']",
    "nl-ocr-rotterdam-port-terminal-bv-de-vries-double-name-postcode-space-lost-m-read-rn-mobile-icon-lost":
        "address 'Wilhelminakade 91, 3072AP Rotterdam' for 'Wilhelminakade 91, 3072 AP Rotterdam'; company 'Havenlicht "
        "Terrninals' for 'Havenlicht Terminals B.V.'",
    "nl-eindhoven-semiconductor-van-t-apostrophe-particle-pipe-phone-line-campus-address":
        "address 'Kempenlith B.V., High Tech Campus 31, 5656 AE Eindhoven, NL' for 'High Tech Campus 31, 5656 AE Eindho"
        "ven, NL'; company 'Kempenlith' for 'Kempenlith B.V.'",
    "se-ocr-gothenburg-ab-engineering-manager-comma-title-umlaut-lost-in-name-postcode-space-lost":
        "name 'Oskar Sjostrom' for 'Oskar Sjöström'",
    "ch-zurich-reinsurer-ag-double-surname-accents-ch-prefixed-postcode-group-hr-unit":
        "company 'HelvetorRe AG' for 'Helvetor Re AG'",
    "ch-ocr-basel-pharma-ag-hiring-manager-title-split-over-two-lines-postcode-1-read-l-dr-sc-nat":
        "address None for 'Aeschenvorstadt 21, CH-4051 Basel, Switzerland'; company 'Rheinbogen Pharma' for 'Rheinbogen"
        " Pharma AG'; department 'Operations' for None; name None for 'Dr. sc. nat. Reto Zürcher'; title None for 'Dire"
        "ctor, Clinical Operations'",
    "fr-paris-maison-caps-wordmark-de-la-particle-bilingual-title-trunk-zero-sa-rcs-footer-numbers":
        "phones ['+33155550123', '+33655550142', '+33555012345'] for ['+33155550123', '+33655550142']",
    "fr-ocr-lyon-sas-data-hiring-manager-at-sign-read-a-pin-read-v-accent-lost-in-company":
        "address 'V 12 rue de la République, 69002 Lyon' for '12 rue de la République, 69002 Lyon'; company 'Quantalys "
        "Sante' for 'Quantalys Santé SAS'; emails ['thibault.lefevrea@quantalys.fr'] for ['thibault.lefevre@quantalys.f"
        "r']; title 'Lead Data Scientist · Hiring Manager' for 'Lead Data Scientist'",
    "es-ocr-barcelona-robotics-sl-catalan-i-surname-leading-zero-postcode-0-read-o-pin-q-linkedin":
        "address '08005 Barcelona' for 'Carrer de Pallars 193, 3r, 08005 Barcelona'",
    "ae-dubai-llc-hospitality-emiratisation-title-tower-office-po-box-address-downtown":
        "company 'QasrAlNoor Hotels & Resorts' for 'Qasr Al Noor Hospitality LLC'",
    "ae-ocr-abu-dhabi-adgm-vp-human-capital-comma-title-two-lines-run-together-island-po-box":
        "address 'Al Sila Tower, Level 18, ADGM Square, AlMaryah Island, PO Box 555880, Abu Dhabi, UAE' for 'Al Sila To"
        "wer, Level 18, ADGM Square, Al Maryah Island, PO Box 555880, Abu Dhabi, UAE'",
    "hk-ocr-science-park-biotech-limited-people-org-title-new-territories-1-read-l-space-lost":
        "address 'Level 12, 1 Science Park East Avenue, Hong Kong Science Park, ShaTin, New Territories, Hong Kong' for"
        " 'Level 12, 1 Science Park East Avenue, Hong Kong Science Park, Sha Tin, New Territories, Hong Kong'",
    "jp-tokyo-caps-family-name-general-manager-hr-department-line-co-ltd-building-floor-first-postcode-after-city":
        "address None for 'Marunouchi Kita Building 15F, 1-5-2 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan'",
    "jp-ocr-shibuya-robotics-kk-postal-mark-read-t-before-postcode-global-ta-unit-mobile-1-read-l":
        "address None for '〒150-0002, Shibuya Minami Building 9F, 2-14-8 Shibuya, Shibuya-ku, Tokyo'",
    "jp-ocr-osaka-kk-section-manager-production-engineering-title-lost-space-city-small-slogan-lost":
        "address None for 'Umeda Central Building 22F, 3-6-1 Umeda, Kita-ku, Osaka 530-0001, Japan'; company 'Yodogawa "
        "Seikl K.K.' for 'Yodogawa Seiki K.K.'",
    "ph-ocr-cebu-it-park-corp-name-suffix-iii-read-ill-operations-manager-qr-caption":
        "address 'Cebu City 6000, Philippines' for 'Tower 2, Cebu IT Park, Lahug, Cebu City 6000, Philippines'",
    "il-tel-aviv-cyber-ltd-ben-hyphen-name-pronouns-vp-people-seven-digit-postcode-linkedin":
        "company 'Shomer Cyber Ltd.' for 'Shomer Cyber'",
    "il-ocr-haifa-rd-group-manager-hyphen-surname-ltd-ampersand-read-8-email-icon-read-a":
        "address None for 'Matam Park, Building 30, Haifa 3508409, Israel'; company 'Carmelogic' for 'Carmelogic Ltd.';"
        " phones ['+9723508409', '+97245550157', '+972545550138'] for ['+97245550157', '+972545550138']",
    # text_cards_blind_bz.yaml (probe 96, held out to session 14's freeze): read as shown at the freeze
    "us-ocr-staffing-agency-consultant-division-and-branch-lines-phone-and-email-run-together-o-for-0":
        "department 'Light Industrial Division, Allentown Branch' for 'Light Industrial Division'",
    "us-city-library-branch-manager-mlis-city-of-line-over-library-name-branch-line-social-footer":
        "department 'Eastside Branch' for None",
    "us-ocr-engineering-consultancy-principal-pipe-practice-pe-pmp-comma-for-dot-address-line-split":
        "company 'Halvorsen Ridge' for 'Halvorsen Ridge Engineers'",
    "us-ocr-retailer-head-office-store-support-center-line-corporate-recruiting-manager-l-for-1-space-added-in-email":
        "department 'Store Support Center' for None",
    "ca-ocr-ontario-township-corporation-of-the-line-hr-generalist-division-line-l-for-1-pin-v":
        "address 'Human Resources Generalist' for '1275 Line 7 North, Coldwater, ON L0K 1E0'; title None for 'Human Res"
        "ources Generalist'",
    "ca-ocr-bilingual-montreal-software-french-first-title-pair-bur-off-label-boul-bureau-address-accent-lost":
        "name 'Etienne Lavoie-Côté' for 'Étienne Lavoie-Côté'; title 'Senior Director, Engineering' for 'Directeur prin"
        "cipal, Ingénierie'",
    "ca-ocr-logistics-mississauga-hrbp-ops-unit-line-bullet-joined-phones-toll-free-descriptor-lost-o-for-0":
        "company 'Northbridge' for 'Northbridge Supply Chain Solutions'",
    "ca-ocr-winnipeg-insurance-broker-ltd-claims-manager-cip-claims-line-toll-free-phone-icon-c-m-read-rn":
        "address '1385 Pernbina Highway, Winnipeg, MB R3T 2B6' for '1385 Pembina Highway, Winnipeg, MB R3T 2B6'",
    "ca-health-authority-chief-hr-officer-cphr-executive-team-line-second-email-for-assistant":
        "department None for 'Executive Leadership Team'",
    # text_cards_blind_ca.yaml (probe 97, held out to session 14's freeze): read as shown at the freeze
    "gb-ocr-energy-retailer-lowercase-wordmark-people-team-welsh-building-name-pin-v-circumflex-lost-address-split":
        "address 'V Ty Hafren, Callaghan Square, Cardiff CF10 5BT' for 'Tŷ Hafren, Callaghan Square, Cardiff CF10 5BT'",
    "gb-ocr-port-authority-belfast-028-deputy-harbour-master-marine-operations-fada-lost-oo-web-line-lost":
        "name 'Ciaran McAlinden' for 'Ciarán McAlinden'; urls [] for ['www.laganport.co.uk']",
    "gb-ocr-recruitment-agency-caps-descriptor-principal-consultant-practice-line-middots-handle-at-icon-a-space-added":
        "address 'Floor 6, 55 Col more Row, Birmingham B3 2AA' for 'Floor 6, 55 Colmore Row, Birmingham B3 2AA'",
    "ie-ocr-charity-name-two-lines-volunteer-coordinator-chy-footer-phone-icon-amp-fada-lost-eircode-space-lost":
        "name 'Declan O Súilleabháin' for 'Declan Ó Súilleabháin'",
    "au-ocr-hospital-city-in-name-nurse-unit-manager-rn-after-name-icu-line-p-f-pipe-read-l-apostrophe-lost":
        "company 'StBrigids Hospital Melbourne' for \"St Brigid's Hospital Melbourne\"",
    "nz-ocr-district-council-te-reo-name-over-english-recruitment-coordinator-po-box-macrons-lost-o-for-0":
        "name 'Mere Potae-Wilson' for 'Mere Pōtae-Wilson'",
    "sg-ocr-fintech-lowercase-wordmark-engineering-manager-malay-name-bin-payments-platform-o-for-0-postcode-split":
        "address '71 Robinson Road, #14-01, Singapore' for '71 Robinson Road, #14-01, Singapore 068895'",
    # probe 103 (large organisations' units, premises-first addresses), on arrival
    "us-bank-caps-unit-above-name-tower-name-first-address-line-floor-after-street":
        "company 'Harborline Bank Corporate Treasury' for 'Harborline Bank'; department None for 'Corporate Treasury'",
    "us-ocr-tech-title-pipe-unit-pipe-read-l-campus-building-address-zip-o-for-0-wordmark-at-bottom":
        "address 'Quillstone Campus, Building 4, 2200 Mission College Blvd, Sarita Clara, CA 95054' for 'Quillstone Campus, Building 4, 2200 Mission College Blvd, Santa Clara, CA 95054'",
    "us-ocr-insurer-name-over-two-lines-caps-legal-department-above-name-esq-rn-read-m-in-email-o-read-0":
        "emails ['jcastellanos@thomburymutual.com'] for ['jcastellanos@thornburymutual.com']; urls ['thomburymutual.com'] for ['thornburymutual.com']",
    "uk-aerospace-division-pipe-site-name-ceng-building-number-first-address-line-legal-footer":
        "department 'Defence Systems Division | Filton' for 'Defence Systems Division'",
    "ca-ocr-federal-department-under-bilingual-signature-branch-line-french-line-lost-pipe-read-i-postcode-o":
        "address 'Lester Tower, 9th Floor, 235 Queen Street, Ottawa, ON K1A 0H5, Canada' for 'Lester Tower, 9th Floor, 235 Queen Street, Ottawa, ON K1A 0H5'",
    "au-ocr-government-department-caps-branch-above-name-assistant-secretary-postcode-o-comma-in-email":
        "company None for 'Department of Regional Transport and Freight'; department 'Department of Regional Transport and Freight' for 'Maritime and Ports Branch'",
    # probe 104 (phone photos, accented names the OCR reads bare), on arrival
    "us-ocr-hospital-nurse-recruiter-umlaut-dropped-rn-bsn-on-name-line-handset-icon-c-three-line-address":
        "name 'Zoe Lindqvist-Park, RN, BSN' for 'Zoë Lindqvist-Park, RN, BSN'",
    "us-ocr-restaurant-gm-two-word-surname-tilde-dropped-pipe-read-l-tagline-handle":
        "name 'Alejandra Munoz Ortega' for 'Alejandra Muñoz Ortega'",
    "us-ocr-university-career-services-over-name-nguyen-diacritics-dropped-pronouns-room-o-for-zero":
        "name 'Lan Nguyen' for 'Lan Nguyễn'",
    "us-ocr-law-firm-partner-esq-practice-group-rn-for-m-in-wordmark-accent-dropped":
        "name 'Marisol Cardenas-Reyes, Esq.' for 'Marisol Cárdenas-Reyes, Esq.'",
    "us-ocr-school-district-hr-coordinator-two-word-surname-del-valle-accent-dropped-space-lost":
        "name 'Maria José Del Valle' for 'María José Del Valle'",
    "us-ocr-foundry-plant-engineering-manager-pe-inc-wordmark-grid-address-split-l-read-1":
        "address 'Silver Spring Dr, Menomonee Falls, WI 53051' for 'N56 W13605 Silver Spring Dr, Menomonee Falls, WI 53051'",
    "us-ocr-youth-nonprofit-director-accent-dropped-toll-free-helpline-url-comma-footer-lost":
        "name 'Renee Castellanos' for 'Renée Castellanos'",
    "uk-ocr-software-engineering-manager-zoe-de-la-mare-diaeresis-dropped-rn-for-m-ltd-in-footer":
        "name 'Zoe de la Mare' for 'Zoë de la Mare'",
    "ca-ocr-quebec-insurer-bilingual-title-lines-accents-dropped-cell-label-three-line-address":
        "address '1250, boul. René-Lévesque Ouest, Bureau 2200, Montreal (Québec) H3B 4W8' for '1250, boul. René-Lévesque Ouest, Bureau 2200, Montréal (Québec) H3B 4W8'; name 'Emilie Gagnon-Bérubé' for 'Émilie Gagnon-Bérubé'",
    "ca-ocr-health-authority-physician-recruiter-nickname-in-brackets-mac-i-read-l-fax-semicolon-toll-free":
        "name 'Margaret MaclSaac' for 'Margaret MacIsaac'",
    "au-ocr-water-utility-graduate-program-lead-nguyen-diacritics-dropped-people-culture-mobile-i-for-1":
        "name 'Thanh Nguyen' for 'Thanh Nguyễn'",
    "ie-ocr-pharma-qa-manager-sean-o-suilleabhain-fadas-dropped-co-cork-comma-for-dot-eircode":
        "name 'Sean O Suilleabhain' for 'Seán Ó Súilleabháin'",
    "nz-ocr-orchard-people-capability-manager-te-whaiti-macrons-dropped-rural-delivery-space-lost":
        "address '1185 State Highway 2, RD2, Te Puke 3182' for '1185 State Highway 2, RD 2, Te Puke 3182'; company 'Kowhai Ridge Orchards' for 'Kōwhai Ridge Orchards'; name 'Aroha Te Whaiti' for 'Aroha Te Whāiti'",
    # probe 101 (held out, US/CA everyday), after session 15's freeze
    "us-ocr-community-bank-vp-branch-manager-nmls-line-accent-lost-o-for-zero":
        "name 'Joaquin Ibarra' for 'Joaquín Ibarra'",
    "us-state-university-assistant-professor-college-and-department-lines-over-name-po-box":
        "department 'College of Engineering, Department of Mechanical Engineering' for 'Department of Mechanical Engineering'",
    "us-ocr-creative-studio-lowercase-wordmark-pronoun-line-lost-instagram-at-read-a":
        "urls ['afigandthistle.studio', 'figandthistle.co'] for ['figandthistle.co']",
    "us-ocr-staffing-agency-account-manager-division-line-text-label-accent-lost-o-for-zero":
        "department None for 'Light Industrial & Skilled Trades'",
    "ca-bilingual-quebec-aerostructures-french-title-over-english-tel-cell-boul-address":
        "title 'Director, Talent Acquisition' for 'Directrice, Acquisition de talents'",
    "ca-ocr-bilingual-ottawa-health-network-english-over-french-name-title-unit-accent-lost":
        "company 'Rideau Valley Health Network Reseau de santé de la vallée Rideau' for 'Rideau Valley Health Network'; department 'Partenaire d affaires, Ressources humaines, Services aux personnes' for 'People Services'",
    # probe 102 (held out, UK/IE/AU/NZ/IN/SG/ZA everyday), after session 15's freeze
    "nz-auckland-law-firm-caps-wordmark-lawyers-descriptor-partner-practice-ddi-po-box-line":
        "department None for 'Employment Law'",
    "za-ocr-cape-town-cx-firm-recruitment-team-leader-whatsapp-label-bee-footer-lost-l-for-1":
        "company 'TafelbergCX' for 'Tafelberg CX'",
    # text_cards_blind_ch.yaml (probe 107: departments that are hard to tell)
    "us-ocr-staffing-light-industrial-skilled-trades-unit-branch-line-bullet-lost-l-for-i":
        "department 'Allentown Branch' for 'Light Industrial & Skilled Trades'",
    "us-ocr-university-office-em-dash-sub-unit-line-split-in-two-l-for-1":
        "department 'Office of Human Resources —' for 'Office of Human Resources — Talent Acquisition & Onboarding'",
    "uk-ocr-engineering-consultancy-caps-unit-under-mixed-case-wordmark-ice-credentials-l-for-i-o-for-0":
        "department None for 'Water & Environment'",
    "uk-ocr-university-faculty-and-school-lines-above-name-run-together-comma-for-dot":
        "department 'Faculty of Science & Engineering School of Computer Science' for 'School of Computer Science'",
    "uk-ocr-bank-group-risk-bracketed-sub-unit-plc-footer-diacritic-lost-1-for-l":
        "name 'Dr Tomasz Wisniewski' for 'Dr Tomasz Wiśniewski'",
    "uk-recruitment-agency-sector-division-above-name-specialism-after-dash-in-title-dd-label":
        "company 'Marlowe Kent Recruitment Construction & Property' for 'Marlowe Kent Recruitment'; department None for 'Construction & Property'",
    "au-ocr-federal-department-as-employer-division-bar-branch-bar-read-i-crest-line-lost":
        "department 'Digital Services Division' for 'Digital Services Division | Service Design Branch'",
    "ca-contractor-trades-division-above-name-under-two-line-wordmark-red-seal-after-bar":
        "department 'Red Seal Electrician' for 'Mechanical & Electrical Trades'",
    # text_cards_blind_ci.yaml (probe 108: hard addresses)
    "au-ocr-university-building-code-level-line-campus-line-before-street-b-as-8-l-as-1":
        "address 'Hargrave Building (812), Level 2' for 'Hargrave Building (B12), Level 2, Riverside Campus, 11 Salisbury Road, Ipswich QLD 4305'",
    "au-rural-pastoral-company-station-name-in-quotes-before-highway-number":
        "address '1480 Oxley Highway, Gunnedah NSW 2380' for '\"Wirrabilla\", 1480 Oxley Highway, Gunnedah NSW 2380'",
    "za-ocr-university-postal-private-bag-and-labelled-physical-address-zero-as-o-line-split":
        "address 'Building 10, Room 214, Mitchell Street, Pretoria West, 0183' for 'Private Bag X680, Pretoria, 0001'",
    "za-ocr-wine-estate-farm-off-regional-road-stellenbosch-comma-as-dot-rn-for-m-cell-label-c":
        "address None for 'Kromrivier Farm, Off R44, Klapmuts Road, Stellenbosch, 7599'",
    "ie-ocr-food-company-rural-townland-village-county-eircode-fada-lost-zero-for-o-l-for-1":
        "address 'P51 K2H9' for 'Kilbrack, Doneraile, Co. Cork, P51 K2H9'; department 'Kilbrack' for None; name \"Siobhan O'Keeffe\" for \"Siobhán O'Keeffe\"",
    # text_cards_blind_cf.yaml (probe 105, held out until the freeze: everyday cards)
    "uk-ocr-childrens-hospice-fundraising-manager-pronouns-m-read-as-rn-label-space-lost-charity-footer-lost":
        "company 'Harbour Lights' for \"Harbour Lights Children's Hospice\"",
    "ca-halifax-physio-clinic-director-caps-wordmark-plus-descriptor-pt-credentials-lowercase-p-f-labels":
        "company 'Harbourview Physiotherapy + Sports Medicine' for 'Harbourview'",
    "au-sydney-accounting-firm-partner-dash-practice-ca-postnominal-street-and-po-box-limited-liability-footer":
        "department None for 'Business Advisory'; title 'Partner – Business Advisory' for 'Partner'",
    "au-ocr-perth-homewares-store-manager-centre-line-ph-label-comma-for-dot-in-company-pipe-read-as-l":
        "department 'Claremont Quarter' for None",
    "ie-ocr-cork-medtech-qa-team-lead-numbers-run-together-b-read-as-8-comma-for-dot-in-co-cork":
        "address 'Unit 48, Eastgate Business Park, Little Island, Co. Cork, T45 KD82' for 'Unit 4B, Eastgate Business Park, Little Island, Co. Cork, T45 KD82'",
    "nz-district-council-senior-advisor-recruitment-te-reo-title-line-two-line-council-name-private-bag":
        "department 'Kaitohutohu Matua, Whakauru Kaimahi' for None",
    "nz-ocr-wellington-digital-studio-ux-research-lead-macron-lost-phone-icon-c-suburb-space-lost-qr-caption":
        "address 'Level 2, 15 Allen Street, TeAro, Wellington 6011' for 'Level 2, 15 Allen Street, Te Aro, Wellington 6011'; company 'Kereru Digital' for 'Kererū Digital'",
    "sg-ocr-tuition-centre-manager-branch-line-whatsapp-number-pipe-read-as-i-o-for-0-in-unit":
        "department 'Bukit Timah Branch' for None",
    # text_cards_blind_cg.yaml (probe 106, held out until the freeze: large organisations)
    "us-health-system-nurse-recruiter-credentials-own-line-campus-line-pavilion-floor-in-address":
        "company 'Northlake Health Lakeview Medical Center' for 'Northlake Health'",
    "us-ocr-state-university-associate-professor-college-and-department-lines-hall-room-rn-for-m-1-for-l":
        "department 'College of Engineering, Department of Mechanical Engineering' for 'Department of Mechanical Engineering'; title 'Associate Professor, Chair, Faculty Search Committee' for 'Associate Professor'",
    "us-federal-bureau-country-line-over-agency-office-and-branch-lines-mail-stop-desk-label":
        "department 'Office of Human Capital, Recruitment and Staffing Branch' for 'Office of Human Capital'",
    "us-ocr-manufacturer-plant-manager-division-over-name-plant-name-in-address-tel-mobile-lines-run-together":
        "address '4800 Ardmore Avenue, Fort Wayne, IN 46809' for 'Fort Wayne Assembly Plant, 4800 Ardmore Avenue, Fort Wayne, IN 46809'; department 'Fort Wayne Assembly Plant' for 'Powertrain Components Division'",
    "uk-government-department-name-over-two-lines-pronouns-own-line-head-of-policy-directorate-gov-uk-url":
        "company None for 'Department for Regional Transport'",
    "uk-ocr-aerospace-manufacturer-early-careers-lead-title-and-hr-unit-run-together-building-works-8-for-b":
        "address 'Building 12, Tyburn Works, Tyburn Road, Birmingham B24 BNB' for 'Building 12, Tyburn Works, Tyburn Road, Birmingham B24 8NB'; department None for 'HR – Resourcing'; title 'Early Careers & Apprenticeships Lead HR – Resourcing' for 'Early Careers & Apprenticeships Lead'",
    "ca-ocr-federal-agency-bilingual-english-french-pairs-directorate-k1a-o-for-0-space-lost-in-title":
        "department 'Indigenous Partnerships Directorate, Direction des partenariats autochtones' for 'Indigenous Partnerships Directorate'",
    "in-public-sector-bank-dgm-hr-parenthesised-title-undertaking-line-corporate-office-bkc-numbers-sharing-prefix":
        "address 'Sahyadri Bhavan, C-12, G Block, Bandra Kurla Complex, Bandra (East), Mumbai - 400 051' for 'Corporate Office, Sahyadri Bhavan, C-12, G Block, Bandra Kurla Complex, Bandra (East), Mumbai - 400 051'; phones ['+91225550182021', '+919855501364'] for ['+912255501820', '+912255501821', '+919855501364']",
    "in-ocr-hospital-senior-consultant-dr-prefix-degrees-own-line-unit-of-parent-line-lost-o-for-0-rn-for-m":
        "address 'No. 14, Grearns Lane, Off Greams Road, Chennai - 600 006' for 'No. 14, Greams Lane, Off Greams Road, Chennai - 600 006'",
    # text_cards_blind_av.yaml (since the labeller's retrain for 'Infosystems', session 16)
    "us-ocr-hon-de-la-particle-county-assessor-comma-O-zero":
        "department None for 'Office of the County Assessor'; title 'Office of the County Assessor' for 'County Assessor'",
    # text_cards_blind_cl.yaml (probe 111, companies hard to tell; tuning)
    "us-ocr-letter-spaced-partner-names-wordmark-spacing-partly-lost-banking-group-l-for-1":
        "address '450 Lexington Avenue, loth Floor, New York, NY 10017' for '450 Lexington Avenue, 10th Floor, New York, NY 10017'; company 'Mapleton &g R Ay' for 'Mapleton & Gray'",
    "uk-ocr-picture-logo-no-text-company-only-in-and-domain-comma-for-dot-label-space-lost":
        "company None for 'Loom and Lantern'",
    "ca-ocr-credit-union-wordmark-over-descriptor-part-of-group-branch-line-rn-read-m-icon-amp":
        "department 'Dartmouth Crossing Branch' for None",
    "au-ocr-physio-practice-named-for-two-founders-credentials-own-line-amp-space-lost-o-for-0":
        "company 'Papadopoulos &Byrne' for 'Papadopoulos & Byrne Physiotherapy'",
    "au-ocr-leaf-logo-no-text-company-only-in-domain-phone-icon-c-suburb-space-lost":
        "department None for 'Robotics & Autonomy'",
    # lost when the labeller was rebuilt in session 17 (weak scores flipped)
    # lost when the labeller was rebuilt in session 17 (weak scores flipped)
    "uk-ocr-senior-research-nurse-rgn-msc-research-facility-heading-trust-in-footer-tel-mob-run-together-1-for-l":
        "address 'Harehills Lane, Leeds LS8 4QR' for \"Bexley Wing, St Wilfrid's Hospital, Harehills Lane, Leeds LS8 4QR\"",
    # lost when the labeller was rebuilt in session 17 (weak scores flipped)
    # text_cards_blind_cj.yaml (probe 109, held out until session 17's freeze, then its misses fixed where a rule was clear)
    "us-elementary-school-assistant-principal-med-district-line-under-school-mascot-slogan":
        "company 'Metropolitan School District of Fall Creek Township' for 'Brookside Elementary School'",
    "uk-ocr-borough-council-planning-officer-mrtpi-i-read-1-two-unit-lines-tel-space-lost":
        "department 'Place Directorate' for 'Development Management'",
    "ca-quebec-machining-inc-bilingual-labels-and-title-crha-in-name-fax-telec":
        "title 'Human Resources Advisor' for 'Conseillère en ressources humaines'",
    "ca-ocr-restaurant-gm-plus-in-name-read-t-group-line-two-emails-pin-read-v":
        "company 'Saltwater' for 'Saltwater Kitchen + Bar'",
    "ie-ocr-analytics-startup-head-of-talent-fada-lost-in-name-eircode-space-lost":
        "name 'Eoin O Conaill' for 'Eoin Ó Conaill'",
    "za-ocr-digital-agency-junior-social-media-amp-read-8-email-and-web-run-together":
        "company 'Fynbos & Co.' for 'Fynbos & Co. Digital'",
    "in-ocr-builder-md-er-prefix-degrees-line-mo-off-labels-o-read-0-dot-read-comma-gstin":
        "company 'Shreeji Infracon Builders & Developers' for 'Shreeji Infracon'",
    # text_cards_blind_ck.yaml (probe 110, held out until session 17's freeze, then its misses fixed where a rule was clear)
    "us-engineering-firm-principal-pe-pmp-group-line-wordmark-at-bottom-over-two-lines-t-m-f":
        "company 'Stanwick Harrow' for 'Stanwick Harrow Engineers, Inc.'",
    "us-ocr-architecture-associate-principal-aia-leed-credentials-studio-line-logo-at-bottom-l-for-1-in-email":
        "name 'Lucia Brandvold, AIA, LEED APBD+C' for 'Lucia Brandvold, AIA, LEED AP BD+C'",
    "uk-ocr-university-professor-and-head-of-school-two-title-lines-frias-i-for-l-comma-for-dot-in-email":
        "department 'Head of School, School of Architecture and the Built Environment' for 'School of Architecture and the Built Environment'; title 'Professor of Urban Design' for 'Professor of Urban Design, Head of School'",
    "uk-ocr-recruitment-agency-principal-consultant-pronouns-after-name-desk-line-social-handle-o-for-0-pipe-i":
        "company 'Hollins Reed' for 'Hollins Reed Recruitment'",
    "au-ocr-health-service-clinical-nurse-consultant-rn-mnurssc-emergency-department-space-added-o-for-0-footer-lost":
        "name 'Hannah Whitcombe RN MNurs Sc' for 'Hannah Whitcombe RN MNursSc'",
    "ie-ocr-consulting-engineers-senior-engineer-be-miei-ceng-fada-lost-l-for-1-in-eircode":
        "company 'Lee Valley' for 'Lee Valley Consulting Engineers'; name 'Niamh O Súilleabháin BE MIEI CEng' for 'Niamh Ó Súilleabháin BE MIEI CEng'",
    # probe 115 (departments hard to tell), on arrival 7/30
    "us-ocr-bank-global-markets-dept-set-large-looks-like-company-wordmark-at-bottom-space-lost-o-for-0-i-for-l":
        "department None for 'Global Markets'",
    "us-3pl-warehouse-shift-line-inbound-receiving-2nd-shift-under-title-distribution-center-name":
        "department None for 'Inbound Receiving'",
    "us-ocr-auto-stamping-press-line-4-under-title-plant-name-phone-icon-c-space-lost-descriptor-lost":
        "company 'Corvane' for 'Corvane Automotive'",
    "us-med-school-division-of-cardiology-over-department-of-medicine-credentials-building-line":
        "company 'Calder University' for 'Calder University School of Medicine'",
    "us-consultancy-company-line-strategic-sourcing-partners-in-department-slot-under-title-tagline":
        "company None for 'Strategic Sourcing Partners'",
    "us-ocr-law-firm-practice-area-list-under-wordmark-chair-hiring-committee-line-bullets-read-dots-o-for-0":
        "title 'Partner, Chair, Hiring Committee' for 'Partner'",
    "us-hospital-nurse-manager-unit-with-floor-over-nursing-services-line-unit-phone-label":
        "department None for 'Cardiac Step-Down Unit'",
    "uk-retailer-digital-ventures-unit-set-large-on-top-looks-like-company-wordmark-at-bottom":
        "department None for 'Digital Ventures'",
    "uk-ocr-agency-data-science-hub-over-directorate-directorate-line-split-in-two-l-for-1":
        "department 'Digital, Data & Technology Directorate' for 'Data Science Hub'",
    "ca-ocr-game-studio-title-em-dash-game-title-team-studio-name-line-pronouns-dash-read-hyphen-o-for-0":
        "department 'Vancouver Studio' for 'Frostline'; title 'Lead Gameplay Engineer -Frostline' for 'Lead Gameplay Engineer'",
    "au-ocr-mine-processing-plant-crew-line-site-name-po-box-safety-footer-lost-i-for-l-o-for-0":
        "department 'Cossack Ridge Operations' for 'Processing Plant'",
    "au-ocr-energy-retailer-caps-department-above-name-wordmark-at-bottom-descriptor-lost-l-for-i-o-for-0":
        "company 'wyralla' for 'Wyralla Energy'; department None for 'Customer Experience'",
    "ie-ocr-biologics-qc-microbiology-over-quality-operations-on-one-line-campus-name-bullet-read-dot-rn-for-m":
        "department None for 'QC Microbiology'",
    # probe 116 (names hard to read), on arrival 14/30
    "us-ocr-hospital-irish-o-apostrophe-name-nursing-credentials-o-read-0-fada-lost-icon-amp":
        "name \"Siobhan O'Driscoll-Reyes, MSN, RN\" for \"Siobhán O'Driscoll-Reyes, MSN, RN\"",
    "us-ocr-dr-honorific-and-two-credentials-hyphenated-igbo-surname-dot-read-comma-pin-q":
        "company 'Veridian Trials, Inc.' for 'Veridian Trials'",
    "uk-double-barrelled-surname-with-bsc-hons-mrics-after-name":
        "company 'Thackeray Crane Property Consultants' for 'Thackeray Crane'",
    "uk-ocr-cardiff-welsh-ap-patronymic-letter-spaced-caps-space-lost-pin-v":
        "department 'Pennaeth Pobl' for None; name 'Sioned Apgwyn' for 'Sioned ap Gwyn'",
    "ca-montreal-hyphenated-given-name-de-la-particle-surname-cpa":
        "company 'Lemire Gauthier S.e.n.c.r.l. | LLP' for 'Lemire Gauthier'",
    "ca-ocr-calgary-filipino-quoted-nickname-dela-particle-name-split-over-two-lines-icon-amp":
        "name 'Dela Paz-Reyes' for 'Maria Concepcion dela Paz-Reyes'",
    "au-ocr-newcastle-common-word-name-brooke-rivers-on-title-line-dash-read-hyphen-i-read-l":
        "department None for 'Hunter Region'",
    "ie-ocr-cork-o-particle-with-fada-read-zero-ceng-miei-space-lost":
        "company 'Bréifne' for 'Bréifne Consulting Engineers'; name None for 'Pádraig Ó Súilleabháin CEng MIEI'",
    # a unit over the body it belongs to: these older labels join both, 25 others keep the unit alone (session 18)
    "ie-university-irish-name-school-college-assistant-professor-orcid-eircode":
        "department 'School of Economics' for 'School of Economics, College of Business, Public Policy and Law'",
    "uk-civil-service-senior-policy-adviser-pipe-grade-7-unit-directorate-bristol-www-gov-uk-path":
        "department 'Gigabit Delivery Unit' for 'Gigabit Delivery Unit, Broadband & Mobile Directorate'",
    "us-county-panel-county-engineer-pe-division-under-dept-cell-field-office":
        "department 'Public Works Department' for 'Public Works Department, Engineering Division'",
    "ca-university-panel-head-of-department-phd-faculty-under-dept-cell-dept-url":
        "department 'Department of Geography and Environment' for 'Department of Geography and Environment, Faculty of Science'",
    "uk-university-senior-lecturer-data-science-pronouns-dept-faculty-rn-for-m":
        "department 'Department of Computer Science' for 'Department of Computer Science, Faculty of Engineering and Physical Sciences'",
    "ca-university-associate-professor-department-and-faculty-halifax":
        "department 'Department of Process Engineering and Applied Science' for 'Department of Process Engineering and Applied Science, Faculty of Engineering'",
    "uk-university-school-and-faculty":
        "department 'School of Computing and Mathematical Sciences' for 'School of Computing and Mathematical Sciences, Faculty of Science and Engineering'",
    # probe 113 (held out until the session-18 freeze: large employers), 19/30 at the freeze
    "us-ocr-retail-hq-store-support-center-campus-recruiter-pronouns-icons-read-c-and-a":
        "address 'Store Support Center, 4700 Pinecrest Parkway, Columbus, OH 43219' for '4700 Pinecrest Parkway, Columbus, OH 43219'",
    "us-medical-device-credentials-on-own-line-regional-sales-manager-dash-territory-qr-llc-footer":
        "company 'Vantor Medical Technologies, LLC' for 'Vantor Medical'",
    "ca-federal-department-bilingual-branch-director-tel-tel-label-canada-wordmark-at-bottom":
        "address '140 Promenade du Portage, Phase IV, Gatineau QC K1A 0J9, Canada' for '140 Promenade du Portage, Phase IV, Gatineau QC K1A 0J9'; department 'Human Resources Services Branch, Direction générale des services de ressources humaines' for 'Human Resources Services Branch'",
    "in-ocr-pharma-dr-mpharm-phd-senior-manager-regulatory-affairs-rn-for-m-url-line-lost":
        "name 'Dr. Rohit Deshpande, M. Pharrn, PhD' for 'Dr. Rohit Deshpande, M.Pharm, PhD'; urls [] for ['www.sahyadrils.com']",
    "ie-cloud-emea-hq-university-recruiter-irish-name-with-fada-eircode-ireland-limited-footer":
        "department None for 'Early in Career'",
    "ie-ocr-insurer-actuarial-manager-irish-name-fadas-lost-apostrophe-read-space-dac-regulated-footer":
        "name 'Sean O Ceallaigh' for 'Seán Ó Ceallaigh'",
    # probe 114 (held out until the session-18 freeze: everyday small employers), 24/30 at the freeze
    "us-elementary-school-principal-edd-district-line-over-school-name-office-fax":
        "address '2250 Hoen Avenue, Sarita Rosa, CA 95405' for '2250 Hoen Avenue, Santa Rosa, CA 95405'; company 'Cedar Valley Unified School District' for 'Maple Hollow Elementary School'",
    "ca-ocr-ottawa-physio-bilingual-labels-credentials-on-name-accents-lost-1-as-i-in-postcode":
        "name 'Genevieve Lachance, MScPT' for 'Geneviève Lachance, MScPT'",
    "in-ocr-hotel-fnb-assistant-manager-phone-icon-c-pin-q-address-split-over-lines":
        "company 'Saffron Tree Hotel · Mumbai Airport' for 'Saffron Tree'",
    # probe 119 (titles hard to tell), 22/30 on arrival, 27 after the fixes: a title standing for a team, a bilingual descriptor, a trade under the wordmark
    "uk-fintech-strategy-and-operations-only-title-line-reads-like-department-fca-footer":
        "department 'Strategy & Operations' for None; title None for 'Strategy & Operations'",
    "ca-energy-bilingual-title-english-over-french-c-label-is-cell":
        "company 'Verdière Énergie · Energy' for 'Verdière'",
    "au-fractional-cmo-and-growth-advisor-title-over-two-lines-descriptor-under-wordmark":
        "department 'Marketing Advisory' for None",
    # probe 120 (addresses hard to tell), 21/30 on arrival, 25 after the fixes: two offices read row by row (text cards keep no columns), a rural British address with no number, a studio's premises over the street, a country line the OCR lost
    "us-ocr-advisory-two-offices-side-by-side-read-row-by-row-own-office-left-space-lost-l-for-1":
        "address '222 W Adams St, Ste 1900, 330 E Kilbourn Ave, Ste 800, Chicago, IL 60606' for '222 W Adams St, Ste 1900, Chicago, IL 60606'",
    "uk-estate-manager-farm-name-lane-village-post-town-county-lines-legal-footer":
        "address 'Gloucestershire GL56 0SL' for 'Hill Barn Farm, Long Lane, Little Compton, Moreton-in-Marsh, Gloucestershire GL56 0SL'",
    "uk-ocr-solicitors-leeds-and-sheffield-offices-side-by-side-street-row-run-together-postcode-space-lost":
        "address '5th Floor, 9 Wellington Place 31 Paradise Square, Leeds LS1 4AP' for '5th Floor, 9 Wellington Place, Leeds LS1 4AP'",
    "uk-ocr-design-studio-address-above-name-pin-q-studio-line-split-l-for-1-pronouns":
        "address 'Bath Road, Bristol BS4 3AG' for 'Studio 12, The Tannery, Bath Road, Bristol BS4 3AG'",
    "za-ocr-wine-estate-farm-number-and-road-pin-v-o-for-0-country-line-lost":
        "address 'Farm 1023, Annandale Road, Stellenbosch, 7600' for 'Farm 1023, Annandale Road, Stellenbosch, 7600, South Africa'",
    # probe 121 (IN, SG, MY, PH, ZA, KE, NG, AE), 18/30 on arrival, 25 after the fixes: a wordmark of four words in capitals read as a name, 'Ma,' for Maria, a Lagos landline, unlabelled Nigerian mobiles run together, a footer's Plc
    "in-ocr-family-spice-exporter-gmail-second-number-shares-std-code-pin-icon-q-space-lost":
        "company 'Anitha Joseph Mathew' for 'Malabar Coast Spice Traders'; name 'Malabar Coast Spice Traders' for 'Anitha Joseph Mathew'",
    "ph-ocr-hospital-ma-abbrev-name-rn-man-credentials-trunkline-label-cebu-barangay-roman-numeral":
        "name None for 'Ma. Theresa L. Villanueva, RN, MAN'; title None for 'Chief Nursing Officer'",
    "ng-bank-yoruba-name-with-mrs-in-brackets-two-mobiles-one-line-lagos-state-plc-footer":
        "company 'Eko Meridian Bank Plc' for 'Eko Meridian Bank'; phones ['+2348035550123', '+2348095550146'] for ['+23415550142', '+2348035550123', '+2348095550146']",
    "ng-ocr-energy-ltd-engr-prefix-igbo-name-mnse-unlabelled-mobiles-comma-lost-abuja-fct":
        "phones [] for ['+2348035550171', '+2348055550192']",
    # probe 117 (held out until the freeze; industrial employers), 17/30 at the freeze (a18d930), 24 after the post-freeze fixes: a site line whose place no list knows, a descriptor under the wordmark, a French title printed first, a site name over the street
    "us-ocr-poultry-processing-site-hr-generalist-pronouns-on-name-line-site-name-over-street-phone-icon-c-o-for-0":
        "address 'Springdale Processing Complex, 1450 Emma Avenue, Springdale, AR 72764' for '1450 Emma Avenue, Springdale, AR 72764'",
    "us-heavy-civil-chief-estimator-pe-dbia-inc-in-body-bullet-service-line-fax-employee-owned-footer":
        "department None for 'Preconstruction'",
    "gb-ocr-cold-chain-depot-night-shift-manager-all-caps-name-title-depot-line-email-icon-a-rn-for-m":
        "address 'Unit 12 Severnside Distribution Park, Severn Road, Avonrnouth, Bristol BS11 8AU' for 'Unit 12 Severnside Distribution Park, Severn Road, Avonmouth, Bristol BS11 8AU'",
    "ca-oilsands-maintenance-site-hr-advisor-site-label-phone-24-7-dispatch-tollfree-site-and-calgary-head-office":
        "department 'Fort McMurray Operations' for None",
    "ca-quebec-dairy-plant-bilingual-french-english-title-lines-usine-line-tel-slash-tel-label-french-address":
        "title 'Health & Safety Advisor' for 'Conseillère santé et sécurité'",
    "au-ocr-warehousing-talent-acquisition-partner-bracketed-nickname-head-office-wordmark-at-bottom-amp-icon-1-for-l-slogan-lost":
        "company 'Cargobay Warehousing & Distribution' for 'Cargobay'",
    # probe 118 (held out until the freeze; a month of panels), 20/30 at the freeze, 23 after: an agency's specialism under its wordmark, a state over its office, a city alone as the address, an accent the helper dropped
    "us-university-associate-professor-two-title-lines-college-and-department-lines-pipe-address":
        "department 'College of Engineering, Department of Computer Science' for 'Department of Computer Science'",
    "us-state-agency-supervisor-state-name-over-office-name-desk-cell-email-labels-unit-line":
        "company 'Oregon' for 'Oregon Office of Workforce Analytics'",
    "us-agency-recruiter-quoted-nickname-two-phones-one-line-specialism-line-linkedin-url":
        "department 'Technology & Engineering Staffing' for None",
    "us-ocr-startup-cto-cofounder-wordmark-bottom-mail-icon-as-m-ai-as-al-pronouns-run-into-title":
        "address None for 'Austin, TX'",
    "uk-ocr-agency-principal-consultant-part-of-group-line-lost-l-for-1-registered-footer":
        "department 'Data & Analytics Recruitment' for None",
    "ca-credit-union-branch-manager-branch-line-pipe-joined-tel-cell-fax-postal-code":
        "department 'Kitsilano Branch' for None",
    "ca-ocr-montreal-media-bilingual-title-lines-accent-lost-postal-code-space-lost-pin-v":
        "name 'Elodie Tremblay-Nguyen' for 'Élodie Tremblay-Nguyen'",
    # session 19: a plant on its own line is no longer the department (11 labels to 2); this older card types it as one
    "us-mc-plant-manager-pe-plant-name-line":
        "department None for 'Decatur Assembly Plant'",
    # session 19: a plant on its own line is no longer the department (11 labels to 2); this older card types it as one
    "ca-ocr-foundry-plant-manager-peng-comma-for-dot-O-in-postal-code":
        "department None for 'Windsor Casting Plant'",
    # session 19: a role and a unit run together are parted (8 labelled lines to 1); this card's comma was lost between a title's two halves
    "nz-ocr-auckland-engineering-lead-two-title-lines-merged-dept-below-O-for-0-comma-url":
        "department 'Mobile Platform' for 'Product Engineering'; title 'Engineering Lead' for 'Engineering Lead, Mobile Platform'",
    # session 19: initials in quotes are a nickname, left out as the convention says; this older label keeps them (marked DEBATABLE)
    "us-ocr-freight-terminal-ops-manager-nickname-in-quotes-pipe-joined-phones-pipe-read-l-usdot-footer":
        "name 'Terrence Boateng' for 'Terrence \"TJ\" Boateng'",
    # probe 122 (companies hard to tell), 15/30 on arrival, 19 after the fixes: a parent brand over its subsidiary, a franchise's location, a letter-spaced wordmark read with its gaps misplaced, a school under its board, a footer's legal name
    "us-ocr-parent-health-brand-over-cardiology-subsidiary-phone-icon-amp-o-for-0-address-lines-run-together":
        "company 'Northwind Health Northwind Cardiology Partners' for 'Northwind Cardiology Partners'",
    "us-home-care-franchise-location-in-name-independently-owned-footer-toll-free-care-line":
        "company 'BrightNest' for 'BrightNest Home Care of North Dallas'",
    "us-ocr-letter-spaced-wordmark-and-descriptor-aia-leed-credentials-space-lost-comma-for-dot":
        "company 'Vespe RL I N e Architects' for 'Vesperline Architects'",
    "us-ocr-graphic-logo-no-text-company-only-in-email-and-web-envelope-icon-a-globe-icon-o":
        "company 'Tallowpeak' for 'Tallow Peak'",
    "uk-ocr-publishing-imprint-wordmark-imprint-of-line-amp-read-8-i-read-l-small-web-line-lost":
        "department None for 'Non-Fiction'; urls [] for ['lanternandquill.co.uk']",
    "uk-university-wordmark-over-two-lines-city-line-faculty-and-school-lines-professor-title":
        "department None for 'School of Computing & Digital Technologies'",
    "uk-ocr-ampersand-wordmark-over-two-lines-run-together-descriptor-registered-practice-line-l-for-i":
        "department 'Landscape Institute Registered Practice' for None",
    "ca-secondary-school-wordmark-under-district-school-board-line-vice-principal-accented-name":
        "company 'Trillium Ridge District School Board' for 'Maple Hollow Secondary School'",
    "au-caps-wordmark-pty-ltd-legal-name-and-abn-on-one-body-line-people-and-culture-title":
        "company 'Saltbush' for 'Saltbush Renewables Pty Ltd'",
    "au-real-estate-franchise-office-suburb-under-wordmark-franchisee-entity-in-footer-unlabelled-phones":
        "company 'Harbourline Real Estate' for 'Harbourline Real Estate Paddington'",
    "ie-ocr-hse-logo-over-university-hospital-part-of-group-line-small-line-lost-o-for-0-phone-icon-amp":
        "company 'HSE Castlenewell University Hospital' for 'Castlenewell University Hospital'",
    # probe 123 (phone photos only), 19/30 on arrival, 21 after: a monogram over the name, a wordmark and its tagline read as one line, a mend no word list can make (Stanwlx, Sherboume, Aolfe), a unit broken over two lines
    "us-ocr-savings-bank-avp-pipe-branch-manager-nmls-line-o-for-0-tel-1-fdic-footer-lost":
        "department 'Downtown Nashua Branch' for None",
    "us-ocr-staffing-agency-nickname-in-quotes-d-c-labels-pipe-lost-linkedin-space-added-i-read-l":
        "address 'Two Gateway Center, 603 Stanwlx Street, Suite 1250, Pittsburgh, PA 15222' for 'Two Gateway Center, 603 Stanwix Street, Suite 1250, Pittsburgh, PA 15222'",
    "us-ocr-manufacturer-acronym-wordmark-full-name-under-p-label-semicolon-space-lost-iso-o":
        "company 'TPC' for 'Tri-State Precision Components'",
    "uk-ocr-department-store-centre-line-under-wordmark-amp-space-moved-l-read-1-unit-space-added":
        "address 'Unit SU4 2, Cabot Circus, Bristol BS1 3BX' for 'Unit SU42, Cabot Circus, Bristol BS1 3BX'",
    "uk-ocr-scottish-charity-wordmark-and-tagline-run-together-head-of-fundraising-l-1-sc-o":
        "company 'Tidewater Trust Homes, not just shelter.' for 'Tidewater Trust'",
    "ca-ocr-hospital-nurse-manager-rn-mn-pager-number-st-comma-pager-g-read-q-rn-read-m-in-street":
        "address '415 Sherboume Street, Toronto, ON M4X 1K9' for '415 Sherbourne Street, Toronto, ON M4X 1K9'",
    "ca-ocr-construction-junior-estimator-division-line-split-ltd-comma-street-number-ll":
        "department 'Division' for 'Commercial Division'",
    "ie-ocr-recruitment-consultant-t-m-lines-run-together-colon-semicolon-i-read-l-in-name":
        "name 'Aolfe Brennan' for 'Aoife Brennan'",
    # labeller retrain of session 20 (pre-labelling slip mends changed its training text): a weak line's score moved under its bar
    "au-ocr-adelaide-media-agency-content-studio-dept-two-emails-icons-read-a-and-ampersand":
        "department None for 'Content Studio'",
    # labeller retrain of session 20 (pre-labelling slip mends changed its training text): a weak line's score moved under its bar
    "ca-ocr-school-board-hr-officer-dept-above-name-title-two-lines-en-dash-tel-fax-merged-email-icon-e":
        "company 'Kestrel Lake District School Board Human Resource Services' for 'Kestrel Lake District School Board'; department None for 'Human Resource Services'",
    # labeller retrain of session 20 (pre-labelling slip mends changed its training text): a weak line's score moved under its bar
    "us-newspaper-name-first-pronouns-newsroom-x-handle-logo-below":
        "department None for 'Newsroom'",
    "uk-executive-principal-academy-two-line-name-part-of-trust-principals-pa":
        "company \"St Aldhelm's\" for \"St Aldhelm's Church of England Academy\"",
    # labeller retrain of session 20 (pre-labelling slip mends changed its training text): a weak line's score moved under its bar
    "au-qld-director-general-psm-street-and-gpo-box-executive-services-role-mailbox":
        "company 'Queensland Government' for 'Department of Regional Water and Catchments'; department 'Department of Regional Water and Catchments' for None",
    # text_cards_blind_da.yaml (session 20 probe 126, units hard to tell, 16/30 on arrival): read as shown
    "us-bank-unit-broken-over-two-lines-commercial-banking-division":
        "department 'Commercial' for 'Commercial Banking Division'",
    "us-ocr-health-system-cardiology-clinic-under-institute-phone-icon-c-l-read-capital-i":
        "department None for 'Cardiology Clinic'",
    "us-ocr-energy-basin-operations-line-under-hr-title-o-for-zero-pin-read-v":
        "address 'V 1420 2nd Ave W, Williston, ND 58801' for '1420 2nd Ave W, Williston, ND 58801'",
    "us-law-firm-practice-group-line-then-committee-role-line-under-partner":
        "department None for 'Labor & Employment Practice Group'",
    "us-ocr-university-college-over-department-two-levels-department-line-split-l-for-1":
        "department 'College of Engineering, Department of Civil & Environmental Engineering' for 'Department of Civil & Environmental Engineering'",
    "uk-ocr-fintech-unit-after-bar-in-title-bar-read-i-zero-read-o-linkedin":
        "department None for 'Technology & Product'; title 'Head of Talent I Technology & Product' for 'Head of Talent'",
    "uk-council-directorate-over-service-above-name-locality-in-title-brackets":
        "department 'Children & Families Directorate, Early Help Service' for 'Early Help Service'",
    "uk-ocr-recruitment-agency-specialism-after-dash-in-title-office-line-ddi-space-lost-o-for-zero":
        "department 'Recruitment' for 'Accountancy & Finance'; title 'Senior Consultant – Accountancy & Finance' for 'Senior Consultant'",
    "ca-ocr-hospital-program-and-site-lines-run-together-1-read-l-credentials":
        "department None for 'Mental Health & Addictions Program'",
    "au-university-name-over-two-caps-lines-faculty-over-school-cricos-footer":
        "department 'Faculty of Health, School of Allied Health Sciences' for 'School of Allied Health Sciences'",
    "au-ocr-recruitment-agency-specialism-line-and-city-office-line-split-zero-read-o":
        "department 'Recruitment' for 'Government & Public Sector Recruitment'",
    "au-bank-caps-unit-over-two-lines-above-name-wordmark-at-bottom-legal-footer":
        "department None for 'Institutional Banking & Markets'",
    # text_cards_blind_db.yaml (session 20 probe 127, slips in company and unit words, 15/30 on arrival -> 26): read as shown
    "us-ocr-bank-caps-l-for-i-in-cascadia-lending-team-space-lost-fdic-footer-lost":
        "department 'CommercialReal Estate Lending' for 'Commercial Real Estate Lending'",
    "us-ocr-builder-caps-inc-i-read-l-preconstruction-space-added-phone-icon-amp":
        "department None for 'Preconstruction'",
    "au-ocr-software-vv-for-w-in-tidewater-product-design-space-lost-pipe-read-i":
        "department None for 'Product Design'",
    "ie-ocr-medtech-l-for-i-in-corrib-quality-1-for-l-regulatory-dept-pin-q":
        "company 'Corrlb MedTech' for 'Corrib MedTech'",
    # text_cards_blind_dc.yaml (session 20 probe 128, names hard to tell, 21/30 on arrival -> 22): read as shown
    "uk-ocr-caps-double-barrelled-name-pipe-title-one-line-pipe-read-i-o-for-0-i-for-1-postcode":
        "name 'Annabel Fortescue-Pym I' for 'Annabel Fortescue-Pym'",
    "uk-professor-honorific-irish-ni-particle-accented-name-pro-vice-chancellor":
        "name None for 'Professor Siobhán Ní Bhriain'; title None for 'Pro Vice-Chancellor (Research & Enterprise)'",
    "uk-ocr-given-name-hope-small-under-big-logo-legal-footer-dots-qr-caption-lost-o-for-0":
        "address 'Bramblegate Ltd . Harbourside Works . 14 Canons Way . Bristol BS1 5UH' for 'Harbourside Works, 14 Canons Way, Bristol BS1 5UH'",
    "uk-person-named-barclay-lloyd-at-search-firm-title-dash-practice-dd-label":
        "department None for 'Financial Services Practice'; title 'Associate Director – Financial Services Practice' for 'Associate Director'",
    "ca-quebec-caps-accented-hyphenated-name-bilingual-title-and-labels":
        "title 'Director, Talent Acquisition' for 'Directrice, Acquisition de talents'",
    "ca-ocr-nickname-in-brackets-polish-name-c-and-o-letter-labels-o-read-0-space-lost":
        "company 'Greystone Road Builders Ltd.' for 'Greystone Roadbuilders Ltd.'",
    "ca-ocr-name-peng-and-title-run-together-on-one-line-space-lost-l-for-1":
        "name None for 'Priya Venkataraman, P.Eng.'; title None for 'Project Manager'",
    "sg-ocr-malay-name-with-binte-title-above-name-name-split-over-two-lines-comma-for-dot":
        "name 'Mohamed Yusof' for 'Nurul Aisyah binte Mohamed Yusof'",
    # text_cards_blind_cy.yaml (session 20 probe 124, held out to the freeze: 20/30 there, 25 after): read as shown
    "us-ocr-startup-lowercase-wordmark-at-bottom-pronouns-in-name-phone-icon-amp-l-for-1-m-read-rn":
        "urls ['linkedin.com/in/devikararnan', 'loopwright.io'] for ['linkedin.com/in/devikaraman', 'loopwright.io']",
    "us-ocr-transit-authority-acronym-wordmark-full-name-under-hr-generalist-pipe-read-l-address-split":
        "company 'Trta' for 'Tri-County Regional Transit Authority'",
    "ca-ocr-bilingual-transit-english-french-title-and-unit-lines-pipe-read-i-space-lost-0-read-o":
        "company 'Rideau Transit Transport Rideau' for 'Rideau Transit'",
    "au-private-school-bursar-finance-operations-t-e-w-a-letter-labels-cricos-footer":
        "address 'A 45 Wellington Road, Mulgrave VIC 3170' for '45 Wellington Road, Mulgrave VIC 3170'",
    "in-architecture-studio-lowercase-wordmark-ar-prefix-credentials-own-line-coa-footer":
        "phones ['+918055502741', '+919845550127', '+91201151842'] for ['+918055502741', '+919845550127']",
    # text_cards_blind_cz.yaml (session 20 probe 125, held out to the freeze: 23/30 there, 24 after): read as shown
    "us-ocr-global-bank-one-word-wordmark-legal-bank-name-in-body-campus-recruiting-team-floor-l-read-i-zero-read-o":
        "company 'Halloran' for 'Halloran Bank N.A.'",
    "us-telecom-lowercase-wordmark-two-units-piped-campus-building-floor-lowercase-o-m-labels-pronouns":
        "department 'Mobility Core Network | Technology & Operations' for 'Mobility Core Network'",
    "us-ocr-consumer-goods-ampersand-company-category-region-unit-campus-tower-floor-phone-icon-amp-space-lost":
        "department None for 'Fabric & Home Care, North America'",
    "ca-provincial-ministry-over-name-division-and-branch-lines-floor-first-address-province-wordmark-at-bottom":
        "company 'Ontario' for 'Ministry of Northern Infrastructure'; department 'Corporate Services Division, Human Resources Branch' for 'Human Resources Branch'",
    "ca-ocr-quebec-telecom-bilingual-title-pair-bilingual-unit-tour-etage-bur-office-label-space-lost-l-read-capital-i":
        "address '1500, boul. Robert-Bourassa, Montréal (Québec) H3A 3S7' for 'Campus Boréalis, Tour B, 11e étage, 1500, boul. Robert-Bourassa, Montréal (Québec) H3A 3S7'; department None for 'Réseau et technologie'; title 'Senior Director, Talent Acquisition' for 'Directrice principale, Acquisition de talents'",
    "ca-ocr-airline-name-over-two-lines-parenthesised-nickname-people-culture-ops-centre-level-1-read-l-zero-read-o-space-lost":
        "address 'Technical Operations Centre, Level 3' for 'Technical Operations Centre, Level 3, 4800 Cowley Crescent, Richmond, BC V7B 1B8'",
    # text_cards_blind_df.yaml (session 21 probe 131, units hard to tell, 13/30 on arrival -> 18): read as shown
    "us-ocr-biotech-place-named-unit-boston-innovation-hub-l-for-i-phone-icon-ampersand":
        "department None for 'Boston Innovation Hub'",
    "us-childrens-hospital-research-center-unit-split-over-two-lines-mph":
        "department 'Center for Clinical' for 'Center for Clinical Outcomes Research'",
    "us-state-agency-department-of-in-company-name-over-two-lines-section-unit-desk-cell":
        "department None for 'Marine Permitting Section'",
    "uk-nhs-trust-name-over-two-lines-one-word-unit-radiology-above-title-hospital-wing-address":
        "title 'Radiology Superintendent Radiographer' for 'Superintendent Radiographer'; department None fo…",
    "uk-ocr-private-bank-unit-named-like-a-company-under-title-o-for-0-regulatory-footer-lost":
        "department None for 'Halliwell Private Office'",
    "uk-ocr-hospice-caps-team-line-over-name-pronouns-wordmark-at-bottom-space-lost-charity-line-lost":
        "department None for 'Community Fundraising'",
    "ca-ocr-insurer-one-word-caps-unit-underwriting-between-name-and-title-o-for-0-pin-q":
        "department None for 'Underwriting'",
    "ca-game-publisher-caps-city-studio-unit-under-wordmark-accents-social-handle":
        "department None for 'Montréal Studio'; company 'Harrow Interactive Montréal Studio' for 'Harrow Int…",
    "ca-ocr-health-authority-program-unit-split-over-two-lines-rsw-zero-for-o-pin-q":
        "department 'Substance Use Services' for 'Mental Health & Substance Use Services'",
    "au-ocr-miner-one-word-abbreviation-unit-hseq-under-title-nickname-l-for-1-space-lost":
        "department None for 'HSEQ'",
    "au-ocr-water-utility-place-named-operations-unit-split-in-two-phone-icon-ampersand":
        "department 'Operations' for 'Logan & Redlands Operations'",
    "ie-ocr-college-one-word-caps-unit-admissions-over-name-instagram-handle-rn-for-m-space-lost":
        "department None for 'Admissions'; company 'Liffey College Dublin Admissions' for 'Liffey College Du…",
    # text_cards_blind_dg.yaml (session 21 probe 132, accented and non-English names, 24/30 on arrival -> 27): read as shown
    "ie-ocr-dublin-bilingual-public-body-irish-name-first-o-h-surname-irish-title-over-english-pipe-read-i-o-for-0":
        "name None for 'Seán Ó hAodha'; company 'An tÚdarás Iompair Réigiúnach Regional Transport Authority …",
    "ie-ocr-dublin-accountancy-firm-name-with-fada-descriptor-line-aca-name-title-and-team-run-together-o-for-0":
        "title 'Graduate Recruitment Lead Early Careers' for 'Graduate Recruitment Lead'; department None fo…",
    "nz-christchurch-engineers-danish-name-slashed-o-cpeng-postnominals-ddi-mob-logo-and-descriptor-at-bottom":
        "company 'Waimakariri' for 'Waimakariri Consulting Engineers'",
    # text_cards_blind_dd.yaml (session 21 probe 129, held out to the freeze: 18/30 there, 16 on the session's starting code): read as shown
    "us-university-graduate-school-under-wordmark-assistant-dean-phd-building-room-address":
        "department None for 'Graduate School of Public Affairs'",
    "us-ocr-retailer-division-in-footer-with-address-pipes-read-l-buyer-category-title-l-for-1":
        "department None for 'Merchandising Division'; address 'Merchandising Division l 800 Riverfront Driv…",
    "us-childrens-hospital-department-and-division-lines-above-name-second-unit-line-mph":
        "department 'Department of Pediatrics, Division of Pediatric Cardiology' for 'Division of Pediatric …",
    "gb-ocr-university-faculty-under-wordmark-school-after-comma-on-title-row-line-split-o-for-0":
        "title 'Senior Lecturer, School of Civil & Aerospace Engineering' for 'Senior Lecturer'; department …",
    "gb-ocr-bank-caps-wordmark-division-under-wordmark-director-comma-title-zero-read-o-comma-in-email":
        "department None for 'Corporate & Institutional Banking'",
    "ca-federal-agency-bilingual-english-french-lines-branch-under-title-government-of-canada-footer":
        "company 'Northern Infrastructure Canada Infrastructure du Nord Canada' for 'Northern Infrastructure…",
    "ca-ocr-hospital-program-run-into-title-line-md-frcpc-tel-fax-one-row-o-for-0":
        "title 'Medical Director Mental Health & Addictions Program' for 'Medical Director'; department None…",
    "ca-ocr-university-co-op-programme-unit-split-over-two-lines-unlabelled-phone-l-for-1":
        "department None for 'Co-operative Education & Work-Integrated Learning'",
    "au-nsw-health-district-government-logo-lines-clinical-service-under-title-p-label":
        "company 'Health Eastbrook Local Health District' for 'Eastbrook Local Health District'",
    "ie-ocr-bank-branch-manager-branch-line-not-department-tel-read-tei-eircode-space-lost":
        "department 'Athlone Branch' for None",
    "sg-hospital-member-of-cluster-line-department-after-comma-on-title-row-did-hp-labels":
        "title 'Senior Principal Physiotherapist, Department of Physiotherapy' for 'Senior Principal Physiot…",
    "sg-ocr-bank-caps-wordmark-s-o-name-unit-in-small-footer-phone-spaces-lost-l-for-1-in-unit-no":
        "department None for 'Group Technology & Operations'",
    # text_cards_blind_de.yaml (session 21 probe 130, held out to the freeze: 25/30 there, 25 on the session's starting code): read as shown
    "us-high-school-principal-edd-tagline-under-school-district-line-at-foot-bullet-office-fax":
        "company 'Sandia Vista Unified School District' for 'Mesa Verde High School'",
    "us-agency-acd-pronouns-after-name-t-e-w-dot-labels-instagram-handle-wordmark-at-foot":
        "emails ['theo@fieldhouseandfinch.com', 'ig@fieldhouse.finch'] for ['theo@fieldhouseandfinch.com']",
    "uk-ocr-edinburgh-engineers-associate-director-ceng-mistructe-i-read-l-t-and-m-lines-run-together":
        "name 'Ewan MacLennan CEng MlStructE' for 'Ewan MacLennan CEng MIStructE'",
    "ca-ocr-polytechnic-program-coordinator-school-of-continuing-studies-space-lost-o-for-0":
        "department 'School of ContinuingStudies' for 'School of Continuing Studies'",
    "in-ocr-hotel-front-office-manager-rooms-division-email-and-web-run-together-o-for-0-in-pin":
        "company 'The Marine Crest Mumbai' for 'The Marine Crest'",
}


KNOWN_TYPE_GAPS = {
    # text_cards_names.yaml, text_cards_tech.yaml, text_cards_employers.yaml
    "gb-fintech-lowercase-logo-middot-dept-mobile-only-co-domain": "UNRECOVERABLE: 07700 900xxx is Ofcom's drama "
                                                                  "range, not a valid mobile to phonenumbers",
    "gb-ocr-rn-for-m-programme-unlabelled-mobile-floor": "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "uk-agency-on-behalf-desk-icon-letters-suite-floor-buildings": "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "us-number-split-across-line-end-smith-jones": "a number split across the line end is joined, but unlabelled",
    "uk-telecom-level-in-parens-group-plc-icons-1-for-l-url": "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "uk-youth-housing-charity-centred-finance-director-fca-unlabelled-phones": "UNRECOVERABLE: 07700 900xxx, "
                                                                              "Ofcom's drama range",
    # text_cards_blind_e.yaml
    # text_cards_blind_f.yaml, _blind_g
    "uk-fintech-engineering-manager-name-first-em-dash-team-lowercase-wordmark-unlabelled-phones-linkedin":
        "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "uk-fintech-engineering-lead-lowercase-wordmark-floor-building-plus44-no-0-linkedin":
        "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "us-ocr-fulfilment-ops-manager-dc-line-toll-free-O-for-0-email-url-one-line": "DEBATABLE: a customer-service "
                                                                                  "line is typed other, read as work",
    "uk-manchester-design-studio-founder-unlabelled-mobile-only-handle-city-only-hiring-line": "UNRECOVERABLE: "
                                                                                               "07700 900xxx, Ofcom's "
                                                                                               "drama range",
    # text_cards_blind_n.yaml
    "uk-ocr-haulier-transport-manager-columns-merged-icons-amp-and-cjk-box": "UNRECOVERABLE: icons only; an "
                                                                              "07700 900xxx number (Ofcom's drama "
                                                                              "range) is never typed mobile",
    "in-hospital-medical-superintendent-degree-line-emergency-number-nabh": "DEBATABLE: a hospital's emergency line "
                                                                            "is typed other, read as work",
    # text_cards_smallbiz.yaml, _interviewers, _tesseract, _sectors
    "us-property-management-two-line-wordmark-ext-after-hours-line-broker-footer": "DEBATABLE: an after-hours line "
                                                                                   "is typed work, not other",
    "uk-vet-group-clinical-director-bvsc-mrcvs-24hr-emergency-line-the-surgery": "DEBATABLE: a 24-hour emergency "
                                                                                 "line is typed work, not other",
    "uk-oprefix-pronouns-in-brackets-people-partner-unlabelled-national": "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "gb-tess-teal-band-wordmark-junk-company-in-footer-O-mobile-rn-for-m": "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "uk-port-deputy-harbour-master-capt-fni-harbour-office-duty-mobile-vhf-channel": "UNRECOVERABLE: 07700 900xxx, "
                                                                                     "Ofcom's drama range",
    "uk-care-home-registered-manager-rgn-part-of-group-home-label-cqc-location-id": "DEBATABLE: 'Home' labels the care "
                                                                                    "home's line, typed home",
    # text_cards_everyday_us.yaml, _everyday_intl
    "us-parcel-hub-gm-arrow-logo-junk-accent-dropped-c-read-g": "UNRECOVERABLE: the cell label 'C' read 'G'",
    "ca-robotics-d-c-labels-c-read-paren-rn-for-m-linkedin-icon": "the cell label 'C' read '(' is no label",
    # text_cards_blind_a.yaml, _blind_b (blind: no fix made against them)
    "uk-ocr-games-studio-stacked-name-braces-logo-copyright-icons-I-for-1-postcode": "UNRECOVERABLE: 07700 900xxx, "
                                                                                     "Ofcom's drama range",
    "uk-scottish-charity-lowercase-logo-unlabelled-pair-ampersand-8-pipe-l": "UNRECOVERABLE: 07700 900xxx, Ofcom's "
                                                                             "drama range",
    "uk-fintech-dot-wordmark-pronoun-line-pipe-growth-unlabelled-plus44-mobile": "UNRECOVERABLE: 07700 900xxx, Ofcom's "
                                                                                 "drama range",
    "ca-regional-paramedic-services-acp-superintendent-two-line-title-hq-office-cell-duty-officer-line":
        "DEBATABLE: a '24/7 Duty Officer' line typed other, read as the service's (work)",
    "uk-ocr-barber-owner-unlabelled-mobile-gmail-walk-ins-and-booking-merged-0-in-street": "UNRECOVERABLE: 07700 900xxx, "
                                                                                           "Ofcom's drama range",
    "gb-startup-logo-kx-email-mobile-columns-merged-space-lost": "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "uk-architects-managing-director-riba-building-name-unlabelled-plus44-company-no-footer": "UNRECOVERABLE: 07700 "
                                                                                              "900xxx, Ofcom's drama range",
    "us-city-public-works-deputy-director-dept-below-title-service-line-fax-since-tagline":
        "DEBATABLE: a '24-hr Service Line' typed other, read as the city's (work)",
    "us-school-principal-dr-district-logo-school-line-attendance-line-school-subdomain-mascot-tagline":
        "DEBATABLE: an 'Attendance' line typed other, read as the school's (work)",
    "uk-manchester-startup-wordmark-cofounder-cto-unlabelled-mobile-github-unit-building": "UNRECOVERABLE: 07700 900xxx, "
                                                                                           "Ofcom's drama range",
    "uk-ocr-bristol-plumbing-firm-director-tagline-phone-icon-amp-mobile-office-row-merged-postcode-O-gas-safe-footer":
        "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "uk-startup-lowercase-wordmark-team-lead-github-icon-o-zero": "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range",
    "hk-container-terminal-name-first-company-below-title-new-territories-control-centre-line":
        "DEBATABLE: a '24-hour Control Centre' line typed other, read as the firm's (work)",
    "uk-london-software-director-engineering-two-line-title-group-below-unlabelled-phones": "UNRECOVERABLE: 07700 900xxx, "
                                                                                            "Ofcom's drama range",
    "uk-ocr-icons-copyright-at-pin-Q-email-comma-logo-foot-leeds": "UNRECOVERABLE: icons only; 07700 900xxx, Ofcom's "
                                                                   "drama range",
    # held out to session 9's final freeze: read as shown
    "uk-ocr-manchester-consultancy-founder-dr-unlabelled-mobile-space-lost-l-for-1-postcode": "UNRECOVERABLE: 07700 "
                                                                                                "900xxx, Ofcom's drama range",
    "uk-ocr-care-home-registered-manager-home-label-merged-group-line-cqc-footer": "DEBATABLE: 'Home' labels the care "
                                                                                  "home's line, typed home",
    "uk-subsidiary-part-of-group-ltd-body-line-breakdown-number": "DEBATABLE: a '24hr Breakdown' line typed other, "
                                                                  "read as the firm's (work)",
    # session 10 probes
    "gb-fintech-lowercase-logo-unlabelled-mobile-coworking-level-address-split": "UNRECOVERABLE: 07700 900xxx, Ofcom's "
                                                                                 "drama range, unlabelled",

    # held out to session 10's freeze: a phone icon read as "C" types the number a cell
    "uk-ocr-edinburgh-bank-senior-talent-partner-hiring-area-line-icons-c-d-e-1-for-l-reg-scotland-footer":
        "DEBATABLE: a handset icon read as 'C' is taken for the label of a cell",
    # session 10 tuning probes
    "gb-borough-council-right-column-first-name-split-lowercase-first-name":
        "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range, unlabelled",
    "uk-interim-hr-director-name-first-no-logo-outlook-unlabelled-mobile-only-services-line-region-only":
        "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range, unlabelled",
    # held out to session 10's second freeze
    "us-county-hr-analyst-annex-room-pobox-job-line-eoe":
        "DEBATABLE: a recorded job line is typed other by its writer; cardcap types any line a person answers work",
    # session 11 probes
    "uk-bristol-consultancy-name-first-practice-line-llp-c-o-coworking-unlabelled-phones":
        "UNRECOVERABLE: 07700 900xxx, Ofcom's drama range, unlabelled",
    # text_cards_blind_bl.yaml (probe 87, session 12: tech start-ups and agencies): read as shown
    "au-ocr-melbourne-games-studio-lowercase-name-unlabelled-mobile-discord-url-l-for-1-space-lost":
        "+61491570159 read mobile for work",
    # text_cards_blind_bm.yaml (probe 88, session 12: law, accounting, finance): read as shown
    "ca-ocr-halifax-insurer-fcip-underwriting-manager-commercial-lines-accent-lost-l-read-1-label-ll":
        "+19025550158 read work for mobile",
    # text_cards_blind_bn.yaml (probe 89, session 12: phone photos of harder layouts): read as shown
    "us-ocr-vertical-stacked-labels-above-values-wordmark-at-bottom-email-split-licence-lost":
        "+16025550192 read work for mobile",
    "au-ocr-mining-bottom-row-unlabelled-numbers-split-at-angle-bullets-read-dash":
        "+61491570882 read mobile for work",
    "in-ocr-dark-finserv-bottom-row-unlabelled-numbers-bullets-lost-cin-footer-lost":
        "+919855507732 read mobile for work",
    # text_cards_blind_bo.yaml (probe 90, session 12: trades, clinics, schools): read as shown
    # text_cards_blind_bp.yaml (probe 85, held out to session 12's freeze): read as shown after the freeze
    "us-ocr-school-district-name-over-two-lines-phone-icon-read-c-zip-o-for-0-tagline":
        "+13195550112 read mobile for work",
    "us-ocr-bank-recruiter-labels-after-numbers-two-phone-lines-run-together-fdic-footer-lost":
        "+16155550181 read work for mobile",
    # text_cards_blind_bq.yaml (probe 86, held out to session 12's freeze): read as shown after the freeze
    # text_cards_blind_br.yaml (probe 93): read as shown on arrival
    # text_cards_blind_bs.yaml (probe 94): read as shown on arrival
    "au-ocr-analytics-startup-cofounder-ceo-handle-globe-icon-read-at-amp-space-lost-postcode-o-for-0":
        "+61491570994 read mobile for work",
    "in-ocr-it-services-senior-ta-specialist-campus-hiring-phone-icon-read-c-tower-b-read-8-pin-o-for-0":
        "+918055501427 read mobile for work",
    # text_cards_blind_bt.yaml (probe 95): read as shown on arrival
    "uk-ocr-offshore-wind-farm-brand-over-operated-by-ltd-om-base-phone-icons-ampersand-lines-run-together":
        "+447700900832 read work for mobile",
    # text_cards_blind_bu.yaml (probe 91, held out to session 13's freeze)
    "us-ocr-builder-project-executive-lowercase-o-m-labels-pipes-o-for-zero-label-licence-footer-lost":
        "+12085550179 read work for mobile",
    # text_cards_blind_bv.yaml (probe 92, held out to session 13's freeze)
    "uk-ocr-telecoms-lowercase-wordmark-freephone-careers-line-pronouns-lost-address-split-i-for-l":
        "+447700900672 read work for mobile",
    "sg-ocr-fintech-team-lead-camelcase-wordmark-bottom-icons-read-as-letters-l-for-1":
        "+6585550219 read mobile for work",
    # text_cards_blind_bx.yaml (probe 99): read as shown on arrival
    "us-ocr-recruitment-agency-big-tagline-under-logo-practice-line-call-or-text-split-l-for-i":
        "+13125550168 read work for mobile",
    # text_cards_blind_by.yaml (probe 100): read as shown on arrival
    "se-stockholm-ab-aa-ring-name-spaced-phone-groups-org-nr-footer-looks-like-number":
        "+46705550187 read mobile for work",
    "fr-ocr-lyon-sas-data-hiring-manager-at-sign-read-a-pin-read-v-accent-lost-in-company":
        "+33755550109 read mobile for work",
    "es-ocr-barcelona-robotics-sl-catalan-i-surname-leading-zero-postcode-0-read-o-pin-q-linkedin":
        "+34612555014 read mobile for work",
    "il-tel-aviv-cyber-ltd-ben-hyphen-name-pronouns-vp-people-seven-digit-postcode-linkedin":
        "+972525550142 read mobile for work",
    # text_cards_blind_bz.yaml (probe 96): read as shown at the freeze
    "us-ocr-hospital-system-nurse-recruiter-credentials-on-name-pronouns-line-grid-address-phone-icon-c":
        "+12625550137 read mobile for work",
    "ca-ocr-winnipeg-insurance-broker-ltd-claims-manager-cip-claims-line-toll-free-phone-icon-c-m-read-rn":
        "+12045550122 read mobile for work",
    # probe 103, on arrival
    "us-ocr-health-system-md-facep-department-line-campus-name-runs-into-street-phone-icon-c-pager-comma":
        "+14805550115 read mobile for work",
    # DEBATABLE: a lone 'C' before the card's only number, with no labels elsewhere, is read as a handset icon (work),
    # as 25 labelled cards of that kind are (10 type it mobile)
    "us-brewery-taproom-manager-est-line-hours-columns-merged-ig-icon-zip-l":
        "+18285550161 read work for mobile",
    "ca-ocr-vancouver-ocean-climate-c-label-email-comma-one-line-address-split":
        "+16045550177 read work for mobile",
    "us-bcorp-hashtag":
        "+15037192264 read work for mobile",
    "us-vertical-lowercase-two-line-wordmark-split-name-team-by-address":
        "+14805550119 read work for mobile",
    "us-side-column-address-first-qr-caption":
        "+14155550190 read work for mobile",
    # probe 101, after the freeze
    "us-ocr-foundry-plant-manager-nickname-in-quotes-phone-icon-c-comma-in-email-pin-q":
        "+14405550138 read mobile for work",
    # text_cards_blind_ch.yaml (probe 107)
    "us-ocr-childrens-hospital-picu-parenthetical-acronym-unit-nurse-credentials-phone-icon-c":
        "+14145550126 read mobile for work",
    # text_cards_blind_ci.yaml (probe 108)
    "za-asset-manager-two-offices-cape-town-johannesburg-block-park-line-unlabelled-cell":
        "+27825550146 read mobile for work",
    # text_cards_blind_cf.yaml (probe 105)
    "us-ocr-school-district-staffing-coordinator-office-line-phone-icon-c-comma-in-url-slogan-lost":
        "+15595550146 read mobile for work",
    "uk-ocr-childrens-hospice-fundraising-manager-pronouns-m-read-as-rn-label-space-lost-charity-footer-lost":
        "+447700900271 read work for mobile",
    "au-civil-contractor-project-engineer-paren-nickname-unlabelled-mobile-and-landline-abn-qbcc-footer":
        "+61491570737 read mobile for work",
    # text_cards_blind_cg.yaml (probe 106)
    "us-ocr-mutual-insurer-claims-team-lead-phone-icon-read-c-toll-free-l-for-1-o-for-0":
        "+16145550137 read mobile for work",
    # probe 112 (phones hard to read): icons read as letters, an unlabelled mobile the label types work
    "us-ocr-engineering-phone-icon-c-mobile-icon-zero-pin-q-pe-license-not-phone":
        "+15035550128 read mobile for work; +15035550175 read work for mobile",
    "uk-ocr-distillery-mobile-icon-O-phone-icon-C-whatsapp-icon-copyright-same-mobile":
        "+447700900146 read work for mobile",
    "ca-ocr-toronto-ampersand-icon-shared-prefix-slash-mobile-icon-zero-postcode-space-lost":
        "+16475550118 read work for mobile",
    "au-gold-coast-unlabelled-1300-mobile-landline-on-pipe-line-qbcc-licence-not-phone":
        "+61491570737 read mobile for work",
    # probe 110 (held out)
    "ca-ocr-staffing-agency-nickname-in-parens-division-line-phone-icon-read-c-envelope-icon-read-a":
        "+19025550124 read mobile for work",
    # probe 116: an unlabelled mobile the label types work
    "in-ocr-bengaluru-two-initials-before-tamil-name-dot-read-comma-space-lost":
        "+919955501246 read mobile for work",
    # probe 113: an unlabelled mobile the label types work
    "au-government-crest-line-over-department-assistant-director-branch-and-division-lines-unlabelled-numbers":
        "+61491570314 read mobile for work",
    "au-ocr-cloud-software-engineering-manager-comma-area-title-handle-line-email-icon-read-a-l-for-1":
        "+61491570627 read mobile for work",
    # probe 114: an unlabelled mobile (or one after a handset icon) the label types work
    "nz-ocr-design-studio-senior-designer-pronouns-ampersand-as-8-level-address-space-added":
        "+64275550193 read mobile for work",
    "in-ocr-hotel-fnb-assistant-manager-phone-icon-c-pin-q-address-split-over-lines":
        "+919920550178 read mobile for work",
    # probe 119: an unlabelled Irish mobile number, typed work by the label
    "ie-robotics-co-founder-and-coo-two-roles-fada-name-unlabelled-numbers":
        "+353875550163 read mobile for work",
    # probe 121: unlabelled Indian and Philippine mobile numbers, typed work by the label
    "in-analytics-mnc-name-first-pronouns-line-unlabelled-numbers-piped-lowercase-wordmark-at-bottom-legal-footer":
        "+919910055531 read mobile for work",
    "in-startup-wordmark-over-two-lines-initial-after-name-unlabelled-mobile-linkedin-url-qr-caption":
        "+919100055542 read mobile for work",
    "ph-fintech-camelcase-wordmark-legal-name-in-regulatory-footer-title-bullet-team-contacts-bulleted":
        "+639175550194 read mobile for work",
    # probes 117 and 118: a number after a phone icon read as C, typed work by the label; a fax label read as E
    "us-ocr-poultry-processing-site-hr-generalist-pronouns-on-name-line-site-name-over-street-phone-icon-c-o-for-0":
        "+14795550118 read mobile for work",
    # probe 118: a fax label read as E
    "sg-ocr-hospital-senior-executive-hr-division-bin-name-i-as-l-fax-label-as-e-member-of-cluster":
        "+6565550179 read work for fax",
    # probes 122 and 123: unlabelled Australian mobiles and one after a phone icon read C, typed work by the label
    "au-real-estate-franchise-office-suburb-under-wordmark-franchisee-entity-in-footer-unlabelled-phones":
        "+61491570158 read mobile for work",
    # probe 123: the only number, behind a phone icon read C, typed work by the label
    "au-ocr-builder-site-supervisor-only-number-behind-phone-icon-read-c-pin-v-pty-ltd-footer-joined":
        "+61491570133 read mobile for work",
    # session 20 probe 126
    "us-ocr-health-system-cardiology-clinic-under-institute-phone-icon-c-l-read-capital-i":
        "+15035550119 read mobile for work",
    # session 20 probe 128
    "uk-ocr-mac-surname-l-read-as-i-in-name-m-label-read-rn-edinburgh-offshore-wind":
        "+447700900271 read work for mobile",
    # session 20 probe 124
    "us-ocr-insurance-broker-managing-partner-jr-credentials-phone-icon-c-pin-v-qr-caption-lost":
        "+19155550111 read mobile for work",
    # session 20 probe 125
    "us-ocr-hospital-network-nurse-recruiter-credentials-hospital-and-pavilion-in-address-phone-icon-c-wi-read-wl":
        "+14145550162 read mobile for work",
    # session 21 probes 132 and 129: a handset icon read "C" (a cell label) before an office number
    "us-ocr-nyc-bank-turkish-name-managing-director-leveraged-finance-ampersand-read-8-phone-icon-c-comma-in-url":
        "+12125550173 read mobile for work",
    "us-ocr-bank-unit-above-name-wordmark-at-bottom-phone-icon-read-c-o-for-0-fdic-footer":
        "+13125550154 read mobile for work",
}


GAP_FIELDS = {
    # the fields each known gap gets wrong today: any other field going wrong is a regression
    "in-ca-partner-prefix-national-numbers": {"address", "company"},
    "us-spaced-logo-team-card": {"emails", "name", "phones", "title"},  # (name, title, emails: after some retrains)
    "au-lowercase-freelancer-handles-city-only": {"title"},
    "nl-name-title-one-row-kvk-smallprint": {"name", "title"},
    "il-quoted-nickname-icons-o-as-phone": {"urls"},
    "us-consulting-title-split-around-dept-two-emails": {"title"},
    "us-accents-dropped-name-corn-trailing-dot-phone": {"name"},
    "ca-accents-dropped-name-city-merged-title": {"address", "name"},
    "ca-o-for-a-title-dropped-first-letter-company-cell-glued": {"title"},
    "in-dropped-last-letter-title-e-for-c-company-email-no-dot": {"company", "title"},
    "hk-law-partner-direct-suite-floor-tagline": {"address"},
    "hk-hr-english-chinese-name-one-line-address-852-parens": {"company"},
    "ae-md-difc-noise-spaced-logo-two-column-e-icon-leve1": {"company"},
    "ae-eng-manager-title-above-name-jlt-cluster-dmcc-footer": {"company"},
    "ng-eng-manager-abuja-cbd-fct-unlabelled-phones-logo-last": {"address"},
    "ke-hr-westlands-po-box-postcode-cell-two-emails": {"address"},
    "ke-recruiter-upper-hill-noise-icons-two-column-zero-for-o": {"address"},
    "ca-eng-manager-ottawa-bilingual-pipe-title-dept-legal-footer": {"company"},
    "us-ocr-two-columns-joined-glued-mobile-dash-dept-city-only": {"department", "title"},
    "gb-ocr-right-column-first-glued-labels-dash-dept": {"department", "title"},
    "us-ocr-two-columns-joined-eng-abbrev-dash-dept-one-line-address": {"department"},
    "gb-agency-sr-consultant-dash-ddi-two-emails-x-handle": {"department", "title"},
    "gb-prof-dept-between-name-two-title-lines": {"department", "title"},
    "us-logo-5-company-line-lost-member-fdic-misread": {"company"},
    "us-logo-word-split-ligature-title-e-t-f-icons": {"company"},
    "us-rrr-logo-website-lost-accent-dropped-name": {"name", "urls"},
    "us-title-lost-pipe-read-as-1": {"title"},
    "gb-address-first-logo-word-split-ligature-email": {"company"},
    "gb-garbage-logo-company-line-lost-initials-domain": {"company"},
    "ca-title-split-accents-dropped-address-amp-icon": {"address"},
    "ca-address-first-periods-department-lost": {"department"},
    "au-logo-amp-lost-ligature-title-address-lines-merged-site-lost": {"urls"},
    "ie-monogram-company-line-lost-merged-name-title-icons": {"company"},
    "us-middle-school-assistant-principal-district-footer-hours": {"company"},
    "us-isd-superintendent-office-of-pobox-l-for-i": {"department"},
    "us-community-college-program-coordinator-building-room-handle": {"department"},
    "us-staffing-tech-recruiter-contract-on-behalf-space-in-title": {"department", "title"},
    "ca-credit-union-space-in-company-tollfree-branch-hours": {"department"},
    "us-ib-md-pipe-dual-title-global-markets-assistant": {"company"},
    "us-airline-stray-pipe-title-space-in-dept-icon-r": {"department"},
    "us-bank-cib-dept-above-name-assistant-member-fdic": {"department"},
    "us-pharma-msl-roman-il-lookalike-subsidiary-of-ag": {"company"},
    "ca-telecom-office-of-president-two-labelled-offices-0-for-o": {"department"},
    "au-consulting-partner-head-of-deals-gpo-box-liability-limited-member": {"company"},
    "sg-bank-logo-abbrev-long-apac-title-global-markets-did-hp": {"company"},
    "us-county-hr-department-division-room-admin-center-pipe-zero": {"address", "department"},
    "us-health-system-physician-recruiter-credential-space-in-title": {"department"},
    "uk-research-institute-division-senior-research-fellow-group-l-for-i": {"department"},
    "ca-health-authority-clinical-director-program-unit-hospital-wing": {"address", "department"},
    "ca-federal-bilingual-government-of-canada-agency-directorate-gc-ca": {"company"},
    "ca-city-hr-division-in-department-1-for-i-space-in-url": {"department", "urls"},
    "au-state-gov-crest-hhs-clinical-nurse-manager-unit-hospital-block": {"company", "department"},
    # text_cards_smallbiz.yaml
    "us-architecture-studio-logo-last-aia-ncarb-lowercase-o-m-labels-handle": {"department"},
    "us-dental-practice-dentists-line-above-manager-grid-address-phone-text-fax": {"name", "title"},
    "us-property-management-two-line-wordmark-ext-after-hours-line-broker-footer": {"department"},
    "us-restaurant-group-support-center-p-c-pipe-careers-path-brand-list": {"address"},
    "au-accounting-practice-ca-postnominal-p-m-e-labels-level-and-gpo-box-liability": {"company"},
    "au-landscape-architects-pipe-title-ph-mob-one-line-level-suite-logo-last": {"emails", "urls"},
    # text_cards_interviewers.yaml
    "us-nurse-manager-msn-rn-unit-line-unit-phone-fax": {"department"},
    "us-leading-initial-iii-dept-above-name-two-line-vp-title": {"department"},
    "us-hyphen-surname-pmp-manager-ii-team-then-business-unit": {"department"},
    "sg-cfa-vp-product-team-then-business-unit-ocr-letter-o-one-for-l": {"department"},
    # text_cards_phone_photos.yaml
    "us-title-split-copyright-web-icon-in-path-B-for-8-zip": {"department", "title", "urls"},
    "us-logo-partial-cl-for-d-title-address-line-split": {"department", "title"},
    "us-founder-icons-in-path-site-hyphen-lost": {"urls"},
    "gb-spaced-caps-name-logo-5-postcode-S-for-5": {"address"},
    "gb-logo-junk-title-split-l-for-I-name": {"department", "title"},  # (department: after some retrains)
    "gb-solicitor-rn-for-m-email-and-footer-amp-icon": {"company", "emails"},
    "au-spaced-caps-wordmark-gaps-O-for-0-tagline-lost": {"company"},
    "ie-right-column-first-logo-partial-rn-for-m-in-icon": {"address", "company", "urls"},
    # text_cards_tesseract.yaml
    "us-tess-navy-band-website-lost-copyright-amp-icons-c-for-o": {"urls"},
    "us-tess-letterspaced-wordmark-gaps-cl-for-d-street-comma-in-phone": {"address", "company"},
    "us-tess-name-hyphen-lost-em-dash-as-hyphen-comma-in-email-stray-i": {"name"},
    "us-tess-rn-for-m-name-corn-email-vvww-li-for-h-street": {"address"},
    "us-tess-lookalike-digits-l-O-phones-S-zip-bldg-b-read-8": {"address", "company"},
    "gb-tess-teal-band-wordmark-junk-company-in-footer-O-mobile-rn-for-m": {"company"},
    "gb-tess-flatbed-spaces-lost-and-doubled-label-glued-l-for-1-postcode": {"company", "department"},
    "ca-tess-grave-read-acute-ext-comma-hyphen-lost-mobile-logo-junk": {"name"},
    "ca-tess-dark-band-address-lost-smallcaps-title-mixed-case": {"address"},
    "ie-tess-fadas-lost-name-rule-junk-above-and-below-ddi-mob": {"name"},
    # text_cards_layouts.yaml
    "us-health-system-division-em-dash-pavilion-floor-clinic-direct-assistant-fax": {"company", "department"},
    "us-grocer-dba-footer-business-park-building-reception-direct-app-store-line": {"address", "department"},
    "us-foundation-caps-dept-above-name-c-o-law-firm-address": {"department"},
    "us-vertical-lowercase-two-line-wordmark-split-name-team-by-address": {"company", "department"},
    "au-vertical-split-name-two-line-title-shop-level-shopping-centre-store-line": {"address"},
    "au-hospital-campus-building-wing-reception-direct-unit-line-by-address": {"department"},
    "nz-team-above-name-ddi-reception-level-house-country-line-mail-po-box": {"company", "department"},
    "nz-vertical-macron-wordmark-split-name-title-three-lines-limited-footer": {"company"},
    # text_cards_sectors.yaml
    "us-navy-warfare-center-civilian-division-gs-13-line-building-room-comm-dsn": {"address", "department", "title"},
    "us-city-police-recruiting-sergeant-rank-line-badge-number-unit-bureau-hq-label": {"company"},
    "us-state-roads-department-engineer-iii-pe-district-highway-and-pobox-desk-field-cell": {"address", "department"},
    "uk-childrens-publisher-imprint-of-group-floor-named-court-dd-handle": {"title"},
    "ca-gold-mine-superintendent-p-eng-mine-site-line-km-highway-site-ext-ticker": {"department"},
    "ca-city-fire-captain-en-dash-title-division-station-and-centre-address-quadrant": {"company"},
    "au-rugby-league-club-community-coordinator-foundation-stadium-gate-range-address-p-m-hashtag": {"company", "department"},
    "nz-research-institute-bilingual-senior-scientist-dash-group-gate-road-ddi-orcid-cri-domain": {"urls"},
    "us-food-plant-recruiter-county-road-pobox-indeed-eoe-vets": {"department"},
    # text_cards_everyday_us.yaml
    "us-retail-district-manager-district-line-cell-only-slogan": {"department"},
    "us-university-career-center-wordmark-line-lost-rn-for-m": {"address", "company", "department"},
    "us-parcel-hub-gm-arrow-logo-junk-accent-dropped-c-read-g": {"department", "name"},
    # text_cards_everyday_intl.yaml
    "uk-consulting-engineers-ceng-mistructe-associate-director-structures": {"department"},
    "au-recruitment-pipe-title-pipe-read-I-O-in-area-code-comma-in-email": {"department", "title"},
    "ie-university-lecturer-irish-name-dept-before-title-O-in-room-space-in-email": {"department", "title"},
    # text_cards_blind_a.yaml
    "us-school-district-principal-dr-school-as-dept-ext-motto": {"company", "department"},
    "uk-ocr-youth-charity-logo-garbage-title-split-l-in-mobile-footer-misread": {"title"},
    "au-ocr-recruiter-star-logo-amp-as-8-O-in-mobile-suite-street-merged": {"company", "department"},
    "ie-ocr-medtech-quality-engineer-fada-dropped-icon-amp-O-in-eircode": {"name"},
    # text_cards_blind_b.yaml
    "uk-edinburgh-analyst-plus44-0-direct-mobile-fca-registered-in-scotland-footer": {"company", "department"},
    "uk-ocr-publisher-editorial-director-fox-logo-pound-O-in-trunk-tel-mob-one-line": {"company"},
    "au-barossa-winery-people-culture-ph-mob-region-line-abn-footer": {"company"},
    # text_cards_blind_c.yaml
    "us-ocr-startup-cofounder-lowercase-wordmark-ai-domain-city-pair-no-address": {"name"},
    "uk-cardiff-university-welsh-english-bilingual-lines-and-labels": {"address", "department"},
    "ie-ocr-dublin-saas-talent-partner-fada-lost-l-for-1-unlabelled-pair": {"name"},
    "us-founder-logo-tagline-legal-name-bottom": {"company"},
    "sg-eng-manager-unit-hash-building": {"company"},
    "au-tess-sparse-ph-mob-row-split-rn-for-m-email-and-footer-po-box": {"company"},
    "uk-leeds-solicitor-team-line-dx-number-plus44-0-sra-footer": {"company"},
    "ca-ocr-resort-group-talent-specialist-accents-lost-t-c-row-merged": {"name"},
    "nz-ocr-hospitality-group-people-culture-macron-lost-ddi-glued-linkedin": {"name"},
    "sg-logistics-regional-ta-lead-surname-first-did-hp-two-labelled-offices": {"address"},
    "ca-insurer-montreal-accents-lost-name-street-city-site-comma": {"address", "name"},
    "ca-health-network-ta-manager-logo-script-word-lost-phone-icon-at-pin-9": {"company", "department"},
    "ie-tech-recruiting-coordinator-wordmark-half-lost-fada-lost-1-read-l": {"company", "name"},
    "nz-regional-council-recruitment-advisor-contacts-first-macron-lost-O-postcode": {"address"},
    "ph-hotel-ta-supervisor-script-logo-m-read-rn-mobile-1-read-l-space-lost": {"address", "company"},
    "ke-ngo-country-director-logo-I-read-1-title-tel-row-merged-po-box-zero": {"address"},
    "uk-ocr-scottish-law-firm-graduate-recruitment-rn-for-m-zero-read-O-llp-address-line-split": {"company"},
    "in-ocr-bank-chief-manager-branch-line-slash-shorthand-second-number-emblem-junk-j-read-i": {"address"},
    "us-ocr-bank-vp-department-above-name-two-line-title-space-lost-office-zero-mobile-fax-merged": {"department"},
    "nz-ocr-ministry-senior-policy-advisor-bilingual-name-macron-lost-ddi-l-street-plus-po-box": {"company", "department"},
    "us-university-career-center-above-name-two-line-title-four-line-address-mail-stop": {"department"},
    "au-ocr-nsw-health-district-ta-partner-government-lockup-locked-bag-only-logo-junk": {"company"},
    "uk-ocr-asset-manager-investment-director-cfa-two-line-title-hyphen-lost-phones-merged-fca-footer-garbled": {"title"},
    "us-ocr-manufacturer-plant-hr-manager-site-line-main-ext-direct-grid-address-l-read-1": {"address"},
    "uk-ocr-catholic-academy-headteacher-mrs-apostrophe-lost-motto-email-url-one-line": {"company"},
    "us-ocr-city-parks-supervisor-seal-ring-text-rn-in-email-label-runon": {"department"},
    "us-university-lab-manager-phd-dept-and-lab-lines-hall-room-office-lab-phones": {"department"},
    "us-ocr-fulfilment-ops-manager-dc-line-toll-free-O-for-0-email-url-one-line": {"address", "department"},
    "uk-haulier-transport-manager-depot-mobile-freephone-unit-distribution-park": {"company"},
    "in-ocr-pharma-dr-initial-degrees-on-name-line-sy-no-ida-district-pin": {"address"},
    "in-ocr-bank-mumbai-bkc-head-office-label-chief-manager-hr-national-numbers": {"address"},
    "in-ocr-telecom-mohali-circle-dept-plot-phase-sector-sas-nagar-cell-off-merged": {"address"},
    "ca-ocr-telecom-montreal-french-title-first-tel-tel-label-accents-lost-postal-S": {"address"},
    "ca-ocr-logistics-delta-bc-name-t-row-merged-unit-dash-civic-postal-Z-for-2": {"company", "department"},
    "nz-ocr-energy-new-plymouth-icons-O-national-numbers-l-read-I-email-dot-lost": {"emails"},
    "ae-logistics-jafza-fze-en-dash-title-tel-mob-fax-lob-office-po-box-dotted-uae": {"address"},
    "ph-ocr-telecom-ortigas-engr-prefix-loc-ext-18f-read-18e-loc-read-ioc": {"address"},
    "my-pharma-kl-sentral-dr-head-sdn-bhd-12-digit-reg-no-plus603-hyphen-hp-slash": {"company"},
    "us-hospital-nurse-credentials-pager-cl-for-d-email-cut-at-edge": {"department", "emails"},
    "us-grocer-script-logo-dropped-O-icon-ext-spaces-lost": {"company"},
    "us-hotel-script-logo-misread-tilde-lost-dot-separator-footer": {"company", "name"},
    "us-consulting-rn-for-m-title-in-icon-address-cut-at-edge": {"address"},
    "gb-fintech-rows-interleaved-accent-lost-O-for-0-trunk": {"name"},
    "gb-nhs-trust-pipe-as-I-label-space-lost-email-1-read-l": {"emails"},
    "gb-academy-logo-space-lost-motto-rn-company-no-footer": {"company"},
    "gb-council-bridge-logo-junk-title-spaces-lost-postcode-0-for-O": {"address"},
    "gb-retail-side-logo-interleaved-S-for-5-support-centre": {"company"},
    "ca-game-studio-anvil-logo-A-accents-lost-S-for-5-postal": {"address", "name"},
    "ca-college-rn-for-m-title-co-op-hyphen-lost-postal-I-for-L": {"department"},
    "ie-fund-admin-fadas-lost-apostrophe-lost-eircode-O-central-bank-footer": {"address", "name"},
    "ie-hotel-script-logo-c-read-e-O-apostrophe-zero-title-split-boxes": {"company", "name"},
    "nz-freight-macrons-lost-rn-for-m-title-site-comma": {"address"},
    "ca-halifax-health-centre-hrbp-chrp-client-group-line-tel-fax-building-floor": {"department"},
    "au-sydney-consulting-graduate-talent-lead-level-street-plus61-graduates-path-intake-footer": {"company", "department"},
    "uk-ocr-nhs-trust-preceptorship-lead-rn-msc-title-split-tel-mob-one-row-letter-o-in-0113": {"title"},
    "au-ocr-qld-health-service-grad-nurse-educator-wave-logo-tilde-address-column-first-letter-o-mobile": {"company", "department"},
    "us-cofounder-cto-letterspaced-wordmark-company-in-address-footer-linkedin": {"company"},
    "us-head-of-school-crest-est-line-edd-unlabelled-phone": {"address", "title"},
    "ca-business-school-dean-dr-fcpa-fca-ea-to-the-dean-role-email": {"department"},
    "ca-pension-md-and-head-comma-break-cfa-peng-legal-name-line": {"company"},
    "au-investment-bank-md-head-anz-foil-q-as-o-ampersand-8-abn-afsl-footer": {"company"},
    "au-university-dvc-research-professor-faa-ftse-two-emails-executive-officer-cricos": {"department", "title"},
    "ie-tech-vp-emea-pipe-country-manager-fada-lost-eircode-merged-linkedin": {"name"},
    "us-law-office-of-attorney-name-pllc-office-manager-practice-areas-tel-fax": {"company"},
    "us-auto-repair-bros-logo-0-name-and-phones-columns-merged-shop-cell-hours": {"name"},
    "uk-boutique-hotel-head-chef-reception-mobile-site-and-handle-one-line": {"address"},
    "uk-architects-lowercase-logo-riba-practice-manager-unlabelled-plus44-registered-office-footer": {"address"},
    "ca-marketing-agency-lowercase-logo-last-unlabelled-phone-dash-unit-ig-linkedin-company": {"urls"},
    "us-fire-department-battalion-chief-city-over-dept-training-center-911-line": {"company", "department"},
    "us-community-college-dean-unit-in-title-building-room-phone-fax-one-line": {"address"},
    "us-state-agency-seal-junk-state-of-line-bureau-title-split-label-glued-photo": {"company", "department", "title"},
    "us-academic-medical-center-nursing-dept-educator-dnp-npd-bc-pavilion-mail-code": {"address", "department"},
    "uk-university-faculty-research-centre-manager-room-campus-direct-switchboard": {"department"},
    "uk-executive-agency-parent-dept-line-grade-in-title-directorate-mobile-only-gov-uk": {"title"},
    "uk-museum-two-line-name-curator-fsa-title-split-O-for-0-space-in-site-charity-no-photo": {"company"},
    "ca-bc-ministry-wordmark-branch-section-mailing-and-location-stn-prov-govt": {"company", "department"},
    "ca-city-transit-services-fleet-superintendent-logo-junk-B-for-8-phones-merged-photo": {"department"},
    "au-city-council-library-coordinator-icons-rn-for-m-photo": {"department", "phones"},
    "au-state-water-corporation-engineer-postnominals-level-street-abn-footer": {"department"},
    "ie-hse-bilingual-parent-hospital-cnm2-unit-bleep": {"company"},
    "us-county-hr-generalist-dept-above-name-building-suite-po-box-eoe": {"title"},
    "us-isd-principal-edd-name-first-school-then-district-mascot-line": {"company", "department"},
    "ca-ocr-physio-clinic-clinical-director-two-line-title-suite-o-postal-l": {"department", "title"},
    "us-builder-superintendent-name-title-merged-with-phones-comma-lost": {"title"},
    "us-nonprofit-program-director-icons-as-chars-title-split": {"title"},
    "uk-edinburgh-life-insurer-talent-partner-contacts-column-first-web-dot-lost": {"department", "urls"},
    "ie-dublin-people-partner-spaced-wordmark-split-eircode-O-space-lost": {"company"},
    "us-elementary-principal-district-line-above-school-main-office-fax-no-url": {"company"},
    "us-ocr-trucking-driver-recruiter-amp-icon-toll-free-O-for-0-cell-text-slogan": {"emails", "urls"},
    "us-ocr-food-plant-supervisor-two-columns-merged-shift-line-l-for-1-zip": {"department"},
    "us-ocr-restaurant-owner-chef-script-wordmark-misread-instagram-icon-handle": {"company", "title"},
    "uk-ocr-haulier-transport-manager-columns-merged-icons-amp-and-cjk-box": {"title"},
    "ca-ocr-vancouver-housing-society-program-manager-S-read-5-postal-charity-footer": {"title"},
    "za-ocr-retail-head-office-ta-manager-colon-title-ce11-for-cell-i-for-l-suburb": {"address"},
    # text_cards_blind_q.yaml (blind Asia/Africa/Gulf probe, 9/30 on arrival): what its fixes left
    "ph-ocr-fintech-cebu-dela-cruz-space-lost-icon-o-mobile-email-row-12f-read-l2f": {"address", "name"},
    "za-ocr-synfuels-chief-engineer-pr-eng-dot-read-comma-title-dept-row-merged-17-read-l7": {"company", "department", "title"},
    "za-ocr-big-four-associate-director-space-lost-forensic-pipe-read-I-sandton-O": {"department"},
    "ng-ocr-fintech-head-people-ops-trunk-0-read-O-street-space-lost-rc-footer": {"phones"},
    "ke-ocr-fmcg-hrbp-luo-name-O-read-0-lr-number-dot-read-comma-legal-line": {"address"},
    # text_cards_blind_r.yaml (blind hiring-panel probe, 12/30 on arrival): what its fixes left
    "us-hospital-panel-nurse-manager-credentials-unit-dept-pavilion-unit-phone": {"department"},
    "ca-ocr-logistics-panel-terminal-manager-nickname-t-c-merged-1-for-l": {"department", "title"},
    # text_cards_blind_s.yaml (blind design-led probe, 21/30 on arrival): what its fixes left
    "au-sydney-fintech-lowercase-wordmark-pronoun-line-em-dash-team-unlabelled-mobile": {"department", "title"},
    # text_cards_blind_t.yaml (blind traditional-employers probe, 15/30 on arrival): what its fixes left
    "us-ocr-sheriff-sgt-comma-for-dot-unit-division-office-cell-merged-l-for-1": {"company", "department"},
    "uk-ocr-accountants-partner-fca-cta-two-offices-side-by-side-read-as-rows-O-in-mobile-icaew-footer": {"address", "department"},
    # text_cards_blind_u.yaml (blind healthcare/education/public probe, 7/30 on arrival): what its fixes left
    "us-community-college-district-three-line-name-hr-specialist-room-direct-main-fax": {"company"},
    "us-county-library-two-line-name-mlis-deputy-director-two-line-title-admin-offices-floor-tagline": {"company"},
    "us-fire-protection-district-crest-glyph-lt-nrp-two-role-title-station-line-911-footer": {"title"},
    "us-state-health-dept-state-of-line-division-section-mph-two-line-slash-title-mail-stop-desk-cell": {"company", "department", "urls"},
    "us-community-health-center-psyd-two-line-title-clinic-site-tel-fax-row-cell-spanish-line": {"name"},
    "us-university-of-the-two-line-name-hr-unit-employment-manager-bldg-msc-phone-fax-row-split": {"department"},
    "uk-county-council-two-line-name-directorate-above-name-two-line-title-service-line-direct-mobile-contact-centre": {"department"},
    "ca-hospital-two-line-name-patient-care-manager-rn-bscn-mn-program-units-campus-wing-room-ext-pager-cell": {"department"},
    "ca-polytechnic-two-line-name-school-program-chair-two-line-title-campus-room-merged-bare-phone-comma": {"company", "department", "name"},
    "au-tafe-two-line-name-faculty-head-of-department-two-line-title-building-level-room-campus-rto-cricos-footer": {"company", "department", "title"},
    "au-local-health-district-two-line-name-unit-workforce-manager-admin-building-hospital-corner-t-m-f": {"company", "department"},
    "ie-technological-university-irish-name-two-lines-fadas-lost-head-of-department-faculty-room-eircode-t-m": {"department", "name"},
    "nz-health-bilingual-name-charge-nurse-manager-ward-dash-specialty-service-hospital-block-private-bag-ddi-mob": {"department"},
    "nz-city-council-bilingual-libraries-team-leader-two-line-title-macron-lost-p-m-merged-url-comma": {"address", "department"},
    # text_cards_blind_v.yaml (blind small-business probe, 15/30 on arrival): what its fixes left
    "us-ocr-bakery-script-logo-o-read-c-cell-only-outlook-comma-street-and-hours-merged": {"company"},
    "us-real-estate-managing-broker-realtor-r-name-first-cell-office-logo-below-license-hiring": {"department", "title"},
    "us-ocr-taqueria-kitchen-manager-script-logo-rn-for-m-accent-lost-mobile-l-two-locations-hiring": {"company"},
    "us-ocr-food-maker-two-sided-supervisor-shift-line-main-space-lost-ext-O-in-zip-llc-back-hiring": {"title"},
    "uk-solicitors-practice-manager-dd-two-offices-each-with-t-sra-footer": {"company"},
    "uk-ocr-gastropub-head-chef-script-logo-h-read-b-mob-bookings-postcode-O-for-0-hiring": {"company"},
    "uk-ocr-garden-centre-store-manager-t-m-merged-I-for-l-in-email-cafe-accent-lost": {"company"},
    "au-real-estate-sales-manager-two-line-title-mobile-first-shop-address-licence": {"title"},
    "nz-ocr-landscapes-two-sided-macron-lost-in-name-unlabelled-mobile-comma-in-url-facebook": {"name"},
    # text_cards_blind_w.yaml (blind noisy-photo probe, 12/30 on arrival, no fix made): read as shown
    "us-school-principal-last-letter-cut-O-for-0-label-dr-space-lost": {"company"},
    "gb-nhs-trust-name-split-O-for-0-tel-comma-in-email": {"company"},
    "gb-agency-name-title-phone-columns-merged-S-for-5-floor-space-in-site": {"company"},
    "gb-academy-mrs-cl-for-d-title-label-space-lost-8-for-B-postcode": {"title"},
    "gb-housing-association-name-cut-cl-for-d-B-for-8-postcode-charity-footer": {"address", "company"},
    "ca-polytechnic-dept-split-comma-in-phone-I-for-l-email": {"department"},
    "au-hospital-phones-merged-extra-space-dept-comma-in-email": {"department"},
    "au-mining-two-line-title-O-for-0-mobile-email-last-letter-cut": {"emails", "title"},
    "au-government-agency-name-split-O-for-0-phone-8-for-B-gpo-box": {"company"},
    # text_cards_blind_x.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "us-ocr-airport-ops-shift-supervisor-dept-and-room-merged-O-in-cell": {"address", "department"},
    "us-pr-agency-account-director-name-first-practice-line-d-m-labels-floor-instagram": {"department"},
    "us-ocr-fire-district-office-manager-logo-space-lost-I-for-l-admin-fax-merged-911-footer": {"company", "department"},
    "us-independent-pharmacy-pharmd-pharmacist-in-charge-rx-label-hours-line": {"company"},
    "uk-ocr-police-contact-centre-team-leader-1-for-l-email-split-mob-glued-999-footer": {"address", "company", "department"},
    "uk-ocr-hospice-volunteer-services-manager-diaeresis-lost-title-split-O-in-mobile-charity-no": {"name"},
    "ca-ocr-dairy-coop-qa-supervisor-accents-lost-l-in-postal-code-t-c-merged": {"name"},
    "au-ocr-power-station-shift-supervisor-site-line-V1C-p-m-merged-accents-lost-pobox-tagline": {"address", "name"},
    "ie-ocr-contact-centre-ta-partner-fada-lost-O-in-eircode-email-and-careers-url-merged": {"name"},
    "nz-ocr-dental-clinic-manager-macron-lost-title-and-ph-merged-O-in-postcode": {"name"},
    # text_cards_blind_y.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "au-ocr-university-professor-head-of-school-faculty-line-8-read-B-state-postcode-space-lost-l-in-phone-cricos": {"address", "department"},
    "sg-ocr-polytechnic-dr-assistant-director-dept-split-paren-unit-O-for-0-tel-space-lost-fax": {"department"},
    # text_cards_blind_z.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "us-grocery-district-manager-two-line-wordmark-dept-with-district-main-cell-one-row-home-office": {"address", "department"},
    "us-ocr-hospital-nurse-manager-credentials-unit-line-split-label-glued-comma-in-email": {"address", "company", "department"},
    "us-ocr-community-college-dean-dr-two-line-title-hall-mail-stop-l-for-1-O-for-0-comma-in-url": {"address"},
    "us-ocr-community-bank-avp-branch-manager-row-merged-with-nmls-1-for-l-dot-bank-branch-line": {"address", "title"},
    "us-school-principal-dr-district-logo-school-line-attendance-line-school-subdomain-mascot-tagline": {"company", "department"},
    "us-ocr-landscaping-owner-nickname-po-box-only-two-columns-merged-P-zero-box-envelope-icon": {"name"},
    "ca-ocr-electrical-contractor-owner-surname-power-red-seal-cell-shop-space-lost-St-Johns-l-for-1-envelope-icon": {"department"},
    # text_cards_blind_aa.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "uk-nhs-logo-trust-two-lines-ward-dept-hospital-building-ext-bleep": {"department"},
    "uk-ocr-london-charity-head-of-individual-giving-O-in-direct-comma-after-www-charity-footer": {"company"},
    "nz-ocr-polytechnic-name-title-row-merged-school-street-and-private-bag-freephone-O": {"address"},
    "in-bengaluru-saas-startup-lowercase-wordmark-cofounder-ceo-unlabelled-mobile-hash-door-number-linkedin": {"address"},
    "za-wine-estate-two-line-logo-est-tagline-cellar-master-farm-number-route-road-tel-cell": {"address", "name", "title"},
    # text_cards_blind_ab.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "us-engineering-pe-two-title-lines-service-list-x-extension": {"title"},
    "us-retailer-store-manager-store-number-hiring-tagline-url": {"department"},
    "us-cpa-firm-partner-building-name-p-f-merged-www-comma": {"company"},
    "ca-health-authority-patient-care-manager-local-ext-rn-msn-ocr": {"address"},
    "ca-software-coop-hiring-lead-title-split-urls-merged-o-zero": {"title"},
    # text_cards_blind_ac.yaml (held out, scored once after session 8's last change, no fix made): read as shown
    "us-law-of-counsel-two-line-firm-name-direct-main-merged-office-list": {"address"},
    "us-manufacturer-plant-manager-street-and-po-box-one-line-main-ext": {"title"},
    "ca-city-director-peng-department-above-name-p-c-labels": {"company", "department"},
    "nz-dairy-coop-head-mfg-excellence-ddi-mob-street-and-private-bag": {"company"},
    # text_cards_blind_ad.yaml (probe 51, recruiters; fixed from): read as shown
    "us-ocr-inhouse-technical-sourcer-pronouns-glued-to-name-space-lost-in-dept-linkedin-icon-in-no-address": {"department"},
    "us-travel-nurse-staffing-service-list-office-x-ext-cell-text-bldg-suite-accreditation-footer": {"company"},
    "ca-toronto-finance-accounting-agency-specialism-under-logo-cpa-suffix-linkedin-suite": {"department"},
    # text_cards_blind_ae.yaml (probe 52, science and engineering titles and units; fixed from): read as shown
    "us-university-two-titles-asst-prof-and-pi-school-and-center-room-mail-code-lab-phone": {"department"},
    "us-ocr-saas-staff-engineer-pipe-platform-I-for-l-dept-below-lowercase-wordmark-comma-in-email": {"department", "title"},
    "uk-university-senior-research-fellow-school-above-name-centre-below-title-room-building": {"department"},
    "uk-ocr-pharma-head-analytical-frsc-postnominals-own-line-pipe-dept-ltd-line-O-in-postcode-comma-url": {"department", "name", "title"},  # (title: after some retrains)
    "uk-ocr-nhs-trust-clinical-trials-manager-trust-name-split-directorate-facility-1-for-l-O-for-0": {"department"},
    "uk-london-software-director-engineering-two-line-title-group-below-unlabelled-phones": {"department", "title"},
    "ca-ocr-university-research-associate-faculty-dept-lab-line-space-lost-O-in-phone-comma-in-email": {"company", "department"},
    "ca-ocr-utility-principal-engineer-title-wrapped-peng-own-line-comma-for-dot-O-in-postal-code": {"name"},
    "au-ocr-perth-mining-engineering-manager-en-dash-space-lost-pipe-dept-O-for-0-l-for-1": {"department", "title"},
    "ie-ocr-dublin-university-joint-appointment-asst-prof-and-funded-investigator-school-space-lost-l-for-1": {"department", "title", "urls"},
    # text_cards_blind_af.yaml (probe 55, names hard to read; fixed from): read as shown
    "us-judge-hon-magistrate-chambers-no-email": {"company", "title"},
    "uk-ocr-name-is-words-grace-church-company-split": {"address", "department"},
    "ca-ocr-hyphenated-given-and-surname-accent-lost-chrl": {"address", "name"},
    "ie-ocr-mac-giolla-multiword-surname-space-dropped": {"name"},
    "nz-ocr-maori-te-particle-macron-lost": {"name"},
    "za-ocr-du-particle-ca-sa-address-line-split-particle-street": {"address"},
    # text_cards_blind_ag.yaml (probe 56, companies hard to find; fixed from): read as shown
    "us-ocr-law-firm-initials-monogram-ampersand-read-8-partners-names-line-l-for-1": {"company"},
    "us-ocr-staffing-franchise-office-line-merged-with-logo-line-logo-r-read-p": {"company"},
    "us-ocr-insurer-parent-group-logo-subsidiary-llc-line-comma-for-dot-l-for-1": {"company"},
    "uk-ocr-university-of-two-line-logo-business-school-title-dept-merged-o-read-zero": {"department"},
    "uk-ocr-builders-merchant-branch-under-chain-logo-spaces-lost-zero-read-o": {"department"},
    "ca-ocr-co-op-initials-logo-f-read-e-full-name-split-postal-zero-read-o-ext": {"company"},
    "ca-search-firm-named-for-founders-no-company-line-only-email-domain": {"company"},
    "au-ocr-real-estate-franchise-office-suburb-under-logo-trading-as-footer-o-read-zero": {"company"},
    "au-civil-two-line-logo-a-division-of-group-email-and-web-on-parent-domain": {"company", "department"},
    "au-ocr-recruiter-lowercase-digit-wordmark-o-read-zero-unlabelled-phones-merged-comma": {"company", "phones"},
    "ie-ocr-dot-ie-company-name-dot-read-comma-part-of-group-fada-lost-title-dept-merged": {"company", "department", "name", "title", "urls"},
    "sg-ocr-group-header-subsidiary-pte-ltd-line-comma-for-dot-unit-l-for-1-address-split": {"address", "company"},
    # text_cards_blind_ah.yaml (probe 57, awkward layouts and reading order; fixed from): read as shown
    "us-ocr-contact-block-first-logo-right-interleaved-d-c-labels-name-bottom": {"address", "company"},
    "uk-address-and-phones-one-row-pipes-email-web-row-sra-footer": {"company"},
    "ca-ocr-two-columns-interleaved-direct-cell-logo-foot-email-zero-for-o": {"company"},
    # text_cards_blind_ai.yaml (probe 58, addresses hard to read; fixed from): read as shown
    "us-two-offices-city-headings-first-is-address": {"department"},
    "in-ocr-door-number-cross-main-opp-landmark-merged-with-city-pin-O": {"address"},
    "in-corporate-office-door-no-old-no-behind-landmark-works-second": {"address"},
    # text_cards_blind_aj.yaml (held out, scored once after session 9's last change, no fix made): read as shown
    "uk-ocr-bristol-telecom-head-of-product-two-line-title-icons-amp-at-address-line-split": {"address", "phones"},
    "uk-ocr-manchester-consultancy-founder-dr-unlabelled-mobile-space-lost-l-for-1-postcode": {"company", "department"},
    # text_cards_blind_ak.yaml (held out, scored once after session 9's last change, no fix made): read as shown
    "us-hospital-nurse-manager-two-line-employer-unit-line-office-pager-fax-tagline": {"department"},
    "us-ocr-gc-site-superintendent-main-office-and-jobsite-trailer-builder-license": {"company"},
    "us-ocr-vet-hospital-two-line-logo-paw-glyph-cvpm-accent-lost-t-f-merged-comma-url": {"name"},
    "us-ocr-warehouse-supervisor-shift-team-building-line-desk-ext-merged-o-zero": {"department"},
    "us-restaurant-gm-the-name-logo-unlabelled-phone-handle-service-list": {"company"},
    "uk-solicitors-practice-manager-t-f-e-w-labels-dx-number-sra-footer": {"company"},
    "ie-ocr-haulage-transport-supervisor-fadas-lost-team-line-business-park-eircode": {"name"},
    "nz-school-executive-officer-bursar-macron-reo-name-ddi-mob-po-box-whakatauki": {"department", "title"},
    # text_cards_blind_al.yaml (probe 61, departments printed every way; fixed from): read as shown
    "us-ocr-school-inside-district-office-fax-merged": {"department"},
    "us-plant-shift-and-area-dot-separated-ext": {"department"},
    "us-ocr-unit-above-name-caps-space-dropped": {"company", "department"},
    "uk-ocr-nhs-ward-number-band-site-street-merged": {"address", "title"},
    "uk-ocr-council-directorate-over-service-above-name-title-split": {"department", "title"},
    "uk-no-unit-service-list-under-title-postnominals": {"company"},
    "ca-tech-team-growth-under-lowercase-logo": {"department"},
    "ca-ocr-city-division-over-section-peng": {"department"},
    "ca-ocr-no-unit-hr-title-split-looks-like-unit-tagline": {"department", "title"},
    "au-ocr-mine-crew-plant-pobox-merged": {"department"},
    "sg-ocr-bank-markets-over-desk-merged-did-hp": {"department"},
    # text_cards_blind_am.yaml (probe 62, choosing the company; fixed from): read as shown
    "us-university-over-college-career-center-room-unlabelled-phone": {"company", "department"},
    "us-franchise-office-brand-of-location-llc-footer": {"company"},
    "us-ocr-company-named-after-person-initial-title-dept-merged": {"department", "title"},
    "us-initials-logo-legal-name-and-address-in-footer": {"company"},
    "uk-university-header-small-business-school-large-placements": {"department"},
    "uk-ocr-consulting-engineers-registered-company-footer-split": {"company"},
    "ca-ocr-government-of-province-over-ministry-branch": {"address", "company"},
    "ca-ocr-realty-franchise-brokerage-independently-owned": {"company"},
    "ca-school-board-logo-large-school-line-vice-principal": {"company"},
    "au-ocr-family-name-and-daughters-electrical-trade-licence": {"company"},
    "au-state-health-brand-over-local-health-network-over-hospital": {"department"},
    "nz-lawyers-under-logo-ddi-practice-group": {"company"},
    "za-ocr-attorneys-under-logo-incorporated-footer-director-shares-name": {"company", "department"},
    # text_cards_blind_an.yaml (held out to session 9's second freeze, scored once, no fix made): read as shown
    "us-consultancy-engagement-manager-fs-practice-two-offices-lowercase-p-m-pipe": {"company"},
    "us-ocr-insurer-avp-fsa-maaa-two-line-title-program-shield-logo-glyph-zip-l-for-1": {"address"},
    "us-ocr-consultancy-senior-associate-campus-caps-name-address-line-split-il-read-lL": {"address"},
    "uk-big4-audit-manager-aca-postnominal-no-comma-dd-m-two-offices-icaew-footer": {"address"},
    "ie-ocr-cork-accountancy-tax-director-fca-irish-name-fada-lost-two-line-logo-t-glued-O-for-0-in-one": {"address", "name"},
    "hk-ocr-asset-manager-campus-recruitment-manager-surname-caps-legal-line-tel-mobile-row-merged-1-read-l-sfc-footer": {"address"},
    # text_cards_blind_ao.yaml (held out to session 9's second freeze, scored once, no fix made): read as shown
    "us-dc-warehouse-manager-two-line-wordmark-unit-shift-line-dc-line-ext-tagline": {"department"},
    "us-college-apprenticeship-coordinator-name-first-program-dept-training-center-line-labels-after-numbers-one-row": {"address"},
    "us-ocr-food-plant-maintenance-lead-logo-glyph-shift-unit-line-plant-line-zip-o-ext-l-email-comma": {"department"},
    "us-ocr-union-local-apprenticeship-coordinator-union-name-two-lines-o-zero-title-split-office-fax-merged": {"address", "company", "department"},
    "ca-auto-stamping-production-supervisor-company-two-lines-press-line-shift-t-c-ext-iatf-footer": {"address", "department"},
    "ca-ocr-home-support-coordinator-heron-glyph-mac-l-for-i-service-area-line-on-call-split-po-box-only-charity-footer": {"department", "name"},
    "au-truck-workshop-manager-company-two-lines-service-tagline-p-m-e-labels-abn-mvrl-footer": {"department"},
    "uk-bakery-production-shift-manager-shift-unit-line-unit-industrial-estate-t-m-colon-registered-office-footer": {"department"},
    "uk-ocr-training-provider-apprenticeship-recruitment-officer-company-two-lines-title-split-o-in-number-ukprn-footer": {"company", "title"},
    "uk-ocr-homecare-registered-manager-branch-line-office-out-of-hours-merged-email-comma-cqc-footer": {"department"},
    "nz-ocr-coolstore-warehouse-team-leader-macron-wordmark-unit-shift-dc-line-ddi-mob-merged-freephone-space-lost-o-zero": {"department"},
    "in-auto-components-plant-hr-ir-manager-company-two-lines-plant-ii-line-gat-no-tal-std-code-landline-cin-footer": {"address"},
    "za-ocr-artisan-training-academy-training-manager-accreditation-tagline-tel-cell-space-lost-street-and-po-box-l-for-1-bbbee-footer": {"address"},
    # Session 10: the site line over a numbered street left out of the address (most sets' convention); this set keeps it
    "ca-ocr-grocery-dc-shift-supervisor-dc-site-line-desk-mobile-merged-l-for-1": {"address", "department"},
    # Session 10: DEBATABLE: the employer's site under the title is no department (most labelled sets; these type it as one)
    "us-3pl-shift-supervisor-site-name-under-title-office-cell": {"department"},
    # Session 10: DEBATABLE: the employer's site under the title is no department (most labelled sets; these type it as one)
    "nz-dairy-coop-site-operations-manager-site-line-ddi-mob-po-box-line": {"department"},
    # Session 10: DEBATABLE: the employer's site under the title is no department (most labelled sets; these type it as one)
    "au-supermarket-dc-manager-building-main-direct-mob": {"department"},
    # Session 10: DEBATABLE: the employer's site under the title is no department (most labelled sets; these type it as one)
    "us-trucking-terminal-manager-dispatch-line-usdot-footer": {"department"},
    # text_cards_blind_ap.yaml (probe 63, session 10): read as shown
    "us-public-radio-call-letters-logo-show-title-split-cell-only": {"company"},
    "gb-publisher-name-first-logo-at-bottom-commissioning-editor-bare-handle": {"department"},
    "au-brisbane-games-wave-glyph-pronouns-beside-name-qr-careers-level": {"department"},
    "ie-dublin-saas-lowercase-logo-fada-name-platform-floor-eircode": {"department", "title"},
    "ie-galway-animation-wordmark-l-for-i-head-of-production-mobile-only": {"company"},
    # text_cards_blind_aq.yaml (probe 64, session 10): read as shown
    "us-hospital-plant-operations-supervisor-nights-title-dash-dept-campus-line-building-24-7-dispatch-pager-chfm": {"address"},
    "us-ocr-city-water-plant-superintendent-operator-licence-line-plant-line-mailing-city-hall-split-state-space-lost-licence-o": {"address", "company"},
    "us-ocr-fulfillment-onsite-recruiter-arrow-logo-glyph-site-code-line-zip-space-lost-mobile-hotline-one-row-walk-in-hours": {"department"},
    "ca-grain-terminal-manager-terminal-line-above-name-land-location-highway-box-village-scale-cgc-licence": {"address"},
    "ca-ocr-sawmill-planer-superintendent-tree-logo-a-division-shift-line-spaces-lost-phone-comma-fsc-code-l": {"department"},
    "au-ocr-lhd-after-hours-nurse-manager-logo-glyph-hospital-line-level-l-switch-ext-pager-mobile-one-row": {"address"},
    "au-ocr-sugar-mill-hse-adviser-mill-line-lot-on-highway-po-box-postcode-o-email-comma-p-m-one-row-crushing-season": {"address"},
    "za-platinum-mine-shaft-superintendent-shaft-and-dept-line-physical-and-postal-labels-private-bag-emergency-company-reg-number": {"department"},
    "za-ocr-citrus-farm-hr-recruitment-officer-farm-portion-address-r-road-portion-l-tel-cell-one-row-email-comma-reg-footer": {"address"},
    # text_cards_blind_ar.yaml (probe 65, session 10): read as shown
    "hk-ocr-bank-vp-campus-recruitment-legal-line-queens-road-apostrophe-lost-tel-mobile-row-merged-O": {"address"},
    "ph-ocr-bank-alabang-vp-hr-group-ma-name-corner-address-space-lost-zip-l-trunkline-loc": {"address"},
    "ae-ocr-abu-dhabi-kezad-logistics-hr-manager-llc-line-po-box-l-for-1-space-lost-t-m-row-merged": {"address"},
    # text_cards_blind_as.yaml (probe 66, session 10): read as shown
    "us-realty-franchise-brand-over-office-realtor-dre-line-independently-owned": {"title"},
    "us-bank-branch-manager-vp-title-two-lines-branch-line-nmls-dot-bank-fdic": {"department"},
    "us-ocr-credit-union-branch-manager-icons-read-as-glyphs-branch-line-nmls-ncua": {"department"},
    "us-ocr-realty-team-name-over-brokerage-realtor-mark-read-at-C0-state": {"company"},
    "uk-solicitors-partner-title-two-lines-ddi-switchboard-fax-dx-sra-footer": {"company"},
    "uk-ocr-building-society-branch-manager-O113-mob-space-dropped-footer-split": {"department"},
    "ca-bank-senior-financial-advisor-cfp-branch-line-ext-cell-toll-free-cdic-bilingual": {"department"},
    "au-real-estate-franchise-office-licensed-agent-shop-address-licence-ta-abn-footer": {"company"},
    "nz-real-estate-salesperson-mobile-ddi-tagline-licensed-reaa-footer": {"company"},
    # text_cards_blind_at.yaml (held out to session 10's freeze, scored once, no fix made): read as shown
    "us-ocr-logistics-regional-ops-manager-region-line-0-for-o-label-email-comma-street-split-usdot-footer": {"address"},
    "us-ocr-bank-senior-hrbp-business-line-split-mobile-1-for-l-label-legal-footer-na": {"department"},
    "us-ocr-city-recreation-superintendent-dept-split-office-cell-merged-dropped-space-building-line": {"address", "department"},
    "us-ocr-manufacturing-vp-operations-pe-legal-name-line-hq-caption-wisconsin-grid-address-space-dropped-three-phones": {"address"},
    # text_cards_blind_au.yaml (held out to session 10's freeze, scored once, no fix made): read as shown
    "uk-ocr-private-hospital-theatres-manager-rn-msc-part-of-group-title-split-l-for-1-reg-footer": {"department", "phones", "title"},
    "uk-ocr-department-store-manager-store-line-merged-with-title-O-for-0-mobile-support-centre-second-address": {"title"},
    "au-nsw-health-lhd-two-lines-nurse-unit-manager-ward-line-hospital-po-box-acknowledgement": {"company"},
    "au-fintech-name-first-team-lead-mobile-only-linkedin-level-suite-three-line-address-wordmark-foot": {"company", "department"},
    "in-ocr-chennai-hospital-dr-degrees-line-senior-consultant-head-dept-split-dr-dot-read-comma-national-numbers": {"department"},
    "sg-ocr-sentosa-resort-ta-manager-hr-line-t-m-row-merged-pin-icon-q-uen-footer": {"company"},
    # Session 10: DEBATABLE: the trade under the logo left out because the legal name leaves it out
    "sg-bakery-chain-area-manager-region-paren-outlet-ops-blk-address-hq-hp-uen-footer": {"company"},
    # text_cards_blind_av.yaml (session 10 probe): read as shown
    "us-ocr-name-in-capitals-nickname-in-quotes-bar-read-I": {"company", "department", "name"},
    "us-ocr-name-over-two-lines-van-der-space-dropped": {"name"},
    "us-ocr-credentials-own-line-phd-mph-title-split-tel-I": {"name"},
    "gb-ocr-chartered-fcipd-own-line-I-read-l-title-dept-merged": {"department", "name", "title"},
    "gb-ocr-name-in-capitals-st-john-split-at-st-zero-read-O": {"name"},
    "ie-ocr-mac-separate-word-space-dropped-title-split": {"name"},
    "sg-ocr-english-given-name-chinese-name-cfa-space-dropped-logo-split": {"name"},
    # text_cards_blind_aw.yaml (session 10 probe): read as shown
    "us-bank-division-over-desk-two-unit-lines": {"company", "department"},
    "us-hospital-service-line-over-icu-unit-dash": {"department"},
    "us-ocr-consulting-bar-read-l-risk-advisory-plus-offering-line": {"department"},
    "uk-ocr-accounting-director-bar-read-i-audit-plus-sector-line": {"department"},
    "uk-ocr-bank-group-risk-caps-above-name-reg-footer": {"company", "department"},
    "uk-university-school-and-dept-above-name-second-role-line": {"company", "department"},
    "uk-insurer-caps-unit-line-specialty-bar-marine-cargo": {"department"},
    "ca-ocr-law-partner-bar-lost-title-practice-run-together": {"department", "title"},
    "ca-ocr-hospital-program-bar-unit-bar-read-i-extension": {"department"},
    "au-engineering-associate-structures-caps-line-abn": {"department"},
    "au-ocr-university-school-over-faculty-faculty-line-split-cricos": {"department"},
    "au-ocr-insurer-ta-lead-dash-technology-people-culture-line": {"company"},
    "ie-ocr-hospital-directorate-over-ward-irish-name-fadas-dropped": {"department"},
    # text_cards_blind_ax.yaml (session 10 probe): read as shown
    "us-food-bank-logo-amps-title-split-phone-email-gap-url-comma-footer-cut": {"department", "title"},
    "us-university-seal-copyright-name-I-for-l-phone-email-interleave-address": {"address"},
    "au-fabrication-logo-18-pty-ltd-no-space-lowercase-name-email-comma": {"company"},
    "au-recruiter-surname-space-dropped-title-split-in-icon-url-comma": {"company", "department", "name"},
    "nz-freight-phones-interleaved-title-suburb-split-copyright-icon-url-comma": {"title"},
    # text_cards_blind_ay.yaml (session 10 probe): read as shown
    "us-biotech-founder-cso-monogram-only-company-in-domain-bio-tld-lab-bay-address": {"company"},
    "uk-ocr-vet-practice-clinical-director-paw-read-percent-bvsc-caps-out-of-hours-line-postcode-space-lost": {"company"},
    "ca-staffing-agency-senior-recruiter-trades-desk-recruiting-for-client-t-ext-c-dash-unit-address": {"department"},
    "ca-ocr-coffee-roaster-two-co-owners-shared-hello-email-unlabelled-address-periods-instagram-O-accent-dropped": {"department"},
    "ca-ocr-calgary-landscaper-owner-operator-amp-read-8-slash-read-I-O-in-cell-now-hiring-pay-city-only": {"company"},
    "au-ocr-barossa-family-winery-vineyard-manager-script-nn-read-m-O-in-mobile-cellar-door-and-postal-comma-read-period": {"company"},
    "ie-ocr-kilkenny-pharmacy-owner-apostrophe-lost-in-wordmark-mpsi-O-in-056-eircode-own-line-facebook-f": {"company"},
    "nz-ocr-wellington-design-studio-lowercase-macron-dropped-wordmark-two-rows-intl-mobile-level-space-lost-handle": {"company"},
    # text_cards_blind_az.yaml (session 10 probe): read as shown
    "us-health-system-over-hospital-line-nurse-manager-msn-rn-ne-bc-unit-dash-line-mail-code-office-pager": {"company"},
    "us-academic-medical-center-residency-program-director-md-facp-two-title-lines-dept-of-medicine-pavilion-room-md-state-residency-office": {"title"},
    "us-ocr-health-system-ta-partner-allied-health-imaging-wordmark-space-lost-title-split-l-for-1-careers-subdomain": {"company"},
    "us-ocr-hospitalist-medical-director-md-sfhm-campus-of-line-section-and-dept-lines-tower-room-office-pager-row-merged-zip-O": {"department"},
    "uk-nhs-trust-consultant-anaesthetist-college-tutor-degrees-own-line-dept-hospital-wing-level-secretary-switchboard-board-footer": {"title"},
    "uk-ocr-community-trust-clinical-lead-physio-mcsp-msk-service-health-centre-unit-l-tel-mob-row-merged": {"address", "company"},
    "ca-health-network-site-line-clinical-manager-rn-bscn-mn-che-unit-7b-wing-floor-ext-cell": {"address"},
    "au-sa-health-lhn-dr-degrees-own-line-director-physician-education-gen-med-dept-hospital-line-t-switchboard-pager": {"address"},
    "au-ocr-rehab-hospital-allied-health-manager-profession-line-address-split-mobile-O-for-0-glyph-abn-footer": {"title"},
    "ie-ocr-hse-header-hospital-name-split-physiotherapy-manager-dept-block-eircode-tel-space-lost-ext-email-comma-hse-region-footer": {"company", "name"},
    "nz-private-surgical-hospital-two-line-logo-macron-perioperative-nurse-manager-rn-pgdip-ddi-mob-association-footer": {"department"},
    # text_cards_blind_ba.yaml (session 10 probe): read as shown
    "us-university-two-line-name-college-dept-assoc-prof-and-director-title-two-lines-campus-box-office-lab-fax": {"address", "title"},
    "us-land-grant-university-research-lab-manager-ms-college-dept-lab-line-mail-stop-lab-office-orcid-url": {"department"},
    "us-ocr-high-school-principal-name-first-mascot-line-district-footer-crest-glyph-I-for-l-fax-label-split": {"company"},
    "us-ocr-university-career-center-employer-relations-caps-name-split-two-rows-space-dropped-icons-linkedin-employer-url": {"department"},
    "us-liberal-arts-college-professor-and-chair-two-title-lines-dept-inside-title-hall-room-office-and-dept-phones": {"department", "title"},
    "us-ocr-university-school-of-nursing-office-director-clinical-placements-dnp-crest-cjk-suite-l-for-1-url-comma": {"department"},
    "uk-primary-school-headteacher-and-dsl-mrs-motto-office-line-two-emails-trust-company-footer": {"title"},
    "uk-ocr-fe-college-lecturer-long-title-split-two-rows-centre-campus-space-dropped-1-for-l-in-email-domain": {"address", "title"},
    "uk-ocr-london-university-doctoral-college-pgr-admissions-manager-title-two-lines-crest-glyph-t-e-row-merged-url-comma": {"department", "title"},
    "ca-university-campus-line-faculty-dr-professor-and-associate-dean-research-two-title-lines-centre-room-ext-orcid": {"department", "title"},
    "ca-ocr-college-of-applied-arts-two-line-name-professor-and-program-coordinator-peng-label-space-dropped-ext-O-for-0-address-split": {"department", "title"},
    "ca-district-school-board-line-over-secondary-school-ms-principal-phone-ext-fax-school-site-mascot-line": {"department"},
    "ca-ocr-university-apostrophe-name-faculty-of-graduate-studies-officer-crest-cjk-space-dropped-I-for-l-in-email": {"department"},
    "au-ocr-university-careers-employability-senior-consultant-title-split-at-comma-level-space-dropped-mobile-O-for-0-cricos": {"department"},
    "au-ocr-university-college-research-school-dr-lab-manager-lab-line-crest-glyph-office-lab-row-merged-orcid-comma": {"department"},
    "nz-ocr-secondary-college-mr-deputy-principal-title-two-lines-motto-crest-cjk-ddi-O-for-0-I-for-l-in-email": {"department", "title"},
    # text_cards_blind_bb.yaml (session 10 probe): read as shown
    "us-ocr-museum-vertical-stacked-wordmark-split-name-three-line-title": {"company", "title"},
    "us-construction-contact-column-beside-name-rows-interleaved-o-c": {"company", "department"},
    "gb-publisher-labels-after-numbers-t-m-qr-caption-catalogue": {"company"},
    "ca-ocr-games-studio-vertical-split-name-bilingual-title-unlabelled-phone": {"title"},
    "au-ocr-civil-two-offices-side-by-side-read-row-by-row-headings-merged": {"address", "company"},
    "au-ocr-council-footer-row-pipes-read-l-title-split-acknowledgement": {"urls"},
    "nz-library-vertical-maori-name-line-split-name-title-two-lines-ddi": {"address"},
    # text_cards_blind_bc.yaml (session 10 probe): read as shown
    "us-ocr-community-bank-avp-branch-manager-nmls-merged-branch-line-icon-amp-l-for-1-url-comma-fdic": {"title"},
    "us-county-highway-commissioner-pe-dept-under-county-wisconsin-grid-address-office-shop-cell-eoe": {"title"},
    "us-engineering-firm-principal-pe-se-pipe-title-two-line-company-t-m-office-list-footer": {"company", "department", "title"},
    "us-ocr-critical-access-hospital-nurse-recruiter-creds-own-line-area-code-O-email-comma-address-row-split": {"name"},
    "us-water-sewer-district-senior-civil-engineer-pe-dept-main-direct-office-and-mailing-address-lines": {"department"},
    "us-community-bank-svp-ag-lending-since-tagline-nmls-id-direct-cell-bank-street-po-box-one-line-dot-bank-fdic": {"department", "title"},
    "us-ocr-potato-company-hr-coordinator-facility-line-t-f-merged-space-lost-idaho-grid-address-O-for-0": {"address"},
    "ca-credit-union-branch-manager-branch-line-t-c-toll-free-street-and-box-one-line-deposit-guarantee-footer": {"department"},
    "ca-ocr-sawmill-operations-superintendent-division-line-title-space-lost-mill-cell-hwy-po-box-postal-code-O-for-0": {"department"},
    # text_cards_blind_bd.yaml (held out to session 10's second freeze, scored once, no fix made): read as shown
    "us-high-school-principal-edd-tagline-district-line-main-fax": {"company"},
    "us-state-office-deputy-director-title-two-lines-state-wordmark": {"company", "department"},
    "us-cpa-firm-audit-senior-manager-merged-direct-main": {"company"},
    "ca-restaurant-group-founder-chef-title-split-service-list": {"address"},
    "ca-startup-cofounder-cto-lowercase-logo-montreal-bureau": {"address", "title"},
    "uk-borough-council-service-manager-title-two-lines-civic-offices": {"department"},
    # text_cards_blind_be.yaml (held out to session 10's second freeze, scored once, no fix made): read as shown
    "au-ocr-nsw-health-lhd-nurse-unit-manager-rn-ward-hospital-site-t-m-row-merged": {"company"},
    "au-council-people-culture-partner-p-m-e-labels-postal-and-office-lines-tagline": {"address"},
    "nz-ocr-engineers-post-nominals-split-from-name-two-offices-p-m-row-merged-email-comma": {"company", "name"},
    "ie-ocr-tu-assistant-professor-logo-initials-irish-name-line-room-comma-dublin-l0-icon-e": {"address"},
    "in-ocr-construction-pm-pmp-head-and-site-office-m-e-row-merged-space-lost-pin-l": {"address"},
    "sg-hotel-director-talent-culture-malay-binte-name-location-under-logo-tagline": {"company"},
    "ph-private-hospital-chief-nursing-officer-rn-man-local-ext-accreditation-tagline": {"phones"},
    # text_cards_blind_bf.yaml (probe 79, session 11): read as shown
    "uk-ocr-london-charity-tagline-phones-merged-capital-i-for-l-charity-footer": {"company"},
    "uk-ocr-cardiff-public-agency-crest-read-w-label-run-into-number-welsh-building": {"address"},
    "nl-ocr-amsterdam-scaleup-team-lead-email-icon-a-letter-o-paren-postcode-space-lost": {"address", "emails"},
    "nl-delft-professor-dutch-stacked-academic-titles-initials-and-given-name-faculty": {"department", "name"},
    "nl-ocr-the-hague-ngo-two-line-logo-pipe-read-l-between-phones-zero-in-tld-stichting-footer": {"urls"},
    "ch-zurich-diagnostics-dr-team-lead-over-two-lines-ag-legal-line-country-line": {"department", "title"},
    # text_cards_blind_bg.yaml (probe 80, session 11): read as shown
    "us-ocr-state-department-two-line-name-parks-division-seasonal-hiring-coordinator-crest-o-l-for-i-o-c-merged-mailing-url-comma": {"address", "company", "department"},
    "us-ocr-intergovernmental-fund-acronym-logo-full-name-hr-division-unit-line-mail-stop-O-for-0-tel-space-lost-int-email-comma": {"department", "emails"},
    "us-ocr-housing-authority-of-the-city-two-lines-program-line-case-manager-ii-l-fax-tdd-merged-x-ext-equal-housing-icon": {"company", "department", "title"},
    "uk-museum-two-line-name-part-of-service-line-dr-no-dot-fsa-keeper-dept-yard-line-single-tel-charity-footer": {"department"},
    "uk-public-sector-union-acronym-logo-full-name-region-line-senior-organiser-title-two-lines-tel-mob-members-freephone-slogan": {"department"},
    "ca-ocr-province-wordmark-flag-glyph-x-department-talent-acquisition-manager-mac-l-for-i-street-floor-then-po-box-city-t-c-merged": {"company"},
    "au-ocr-foster-care-charity-heart-icon-v-two-line-logo-senior-case-manager-program-line-p-m-O-for-0-unit-space-lost-abn-footer-split": {"company"},
    "au-tas-museum-two-line-logo-manager-visitor-experience-dept-wharf-street-locked-bag-t-m-one-row-statutory-authority-abn-footer": {"department"},
    "au-ocr-health-workers-union-acronym-logo-branch-line-organiser-O-for-0-region-in-title-street-locked-bag-hotline-split-1300": {"title"},
    "au-ocr-queensland-government-line-department-hr-line-principal-advisor-title-two-lines-level-space-lost-po-box-city-east-p-m-merged-qld-l-for-1": {"urls"},
    "nz-ocr-whanau-trust-two-line-logo-macrons-dropped-case-manager-ph-mob-merged-suburb-line-charity-number-1-for-l": {"company", "name", "title"},
    # text_cards_blind_bh.yaml (probe 81, session 11): read as shown
    "us-school-district-seal-junk-tagline-fragment-O-in-zip-space-in-email-ext": {"company"},
    "us-fabrication-hr-generalist-contact-columns-merged-S-for-5-8-for-B-street": {"address"},
    "us-store-manager-C-icon-store-label-O-for-0-in-email-B-for-8-street-city-space-lost": {"address", "emails"},
    "uk-nhs-trust-recruitment-lead-logo-S-for-5-dept-split-O-in-mobile-nhs-net-comma": {"department"},
    "uk-structures-associate-director-name-and-address-columns-interleaved-l-O-postcode": {"address", "department"},
    "uk-housing-repairs-manager-space-in-building-l-in-postcode-site-comma-society-footer": {"address"},
    "uk-edinburgh-solicitor-logo-junk-mac-kenzie-space-O-for-0-area-code-dx-llp-footer": {"department", "name"},
    "au-perth-mining-superintendent-logo-junk-name-title-phone-rows-merged-5-for-S-street": {"title"},
    "au-brisbane-grammar-hr-head-crest-junk-O-in-postcode-site-commas-cricos-slip": {"urls"},
    "au-barossa-winery-cellar-door-script-logo-garbled-phones-first-5-for-S-state-space-in-site": {"company"},
    "in-pune-it-services-ta-manager-logo-junk-8-for-B-tower-space-in-pin-percent-icon": {"address"},
    "in-hyderabad-pharma-dr-associate-director-rows-merged-R8D-N0-O-in-pin-cin": {"department", "title"},
    # text_cards_blind_bk.yaml (probe 84, session 11): read as shown
    "us-ocr-graphic-logo-lost-company-only-in-email-and-web-team-line-amp-space-lost-l-for-1": {"company", "department"},
    "us-wealth-caps-wordmark-wealth-management-descriptor-private-client-group-finra-footer": {"company"},
    "uk-ocr-law-firm-partner-and-practice-merged-one-row-zero-read-o-url-comma-llp-sra-footer": {"department", "title"},
    "uk-ocr-supermarket-store-number-line-apostrophe-lost-in-logo-1-read-l-label-space-lost": {"company"},
    # text_cards_blind_bf.yaml (probe 79, session 11): as printed, a Dutch postcode keeps the space OCR lost

    # text_cards_blind_bi.yaml (held out to session 11's freeze, scored once, no fix made): read as shown
    "us-county-hr-analyst-department-line-title-two-lines-room-main-line-gov-jobs-url": {"department", "title"},
    "us-retail-store-manager-store-number-mall-line-service-tagline-careers-subdomain": {"department"},
    "us-ocr-ev-battery-team-lead-cell-assembly-dept-phones-line-split-bldg-I-for-l": {"department"},
    "us-ocr-concrete-sub-superintendent-nickname-po-box-P0-office-fax-merged-email-comma": {"name"},
    "us-law-firm-attorney-recruiting-manager-dept-suite-east-office-cities-footer": {"address"},
    "us-ocr-cpa-firm-audit-partner-cpa-cfe-no-space-phone-comma-suite-O-for-0-tagline": {"company"},
    "ca-ocr-hospital-patient-care-manager-rn-bscn-mn-local-ext-floor-I-postal-no-space": {"address", "company"},
    "ca-ocr-university-professor-research-chair-title-line-split-room-no-space-email-comma": {"department", "title"},
    "ca-grocery-coop-district-manager-title-two-lines-tagline-unit-dartmouth": {"company"},
    # text_cards_blind_bj.yaml (held out to session 11's freeze, scored once, no fix made): read as shown
    "uk-cardiff-engineering-consultancy-postnominals-on-name-associate-en-dash-discipline-two-labelled-offices-company-footer": {"company"},
    "in-pune-engineering-gm-plant-operations-degrees-own-line-works-and-regd-office-addresses-midc-taluka-pin-cin": {"title"},
    # text_cards_blind_bl.yaml (probe 87, session 12: tech start-ups and agencies): read as shown
    "gb-ocr-manchester-games-studio-lowercase-name-with-pronouns-l-for-1-pin-read-q": {"title"},
    "gb-ocr-brighton-ux-agency-all-lowercase-card-two-emails-piped-space-lost-o-for-0": {"department"},
    "ca-ocr-vancouver-games-studio-wordmark-at-bottom-live-ops-team-rn-for-m-pin-read-q": {"emails"},
    "ca-ocr-kitchener-robotics-talent-partner-bullet-people-team-phone-icon-c-comma-in-url-qr": {"name"},
    "nl-ocr-rotterdam-ai-startup-talent-partner-pipe-r-and-d-o-for-0-address-lines-run-together": {"address", "phones"},
    # text_cards_blind_bm.yaml (probe 88, session 12: law, accounting, finance): read as shown
    "us-cpa-firm-caps-wordmark-descriptor-senior-manager-audit-line-llp-only-in-licence-footer": {"company"},
    "us-ocr-ib-boutique-vp-m-and-a-cfa-pronouns-linkedin-accent-lost-m-read-rn-space-lost-finra-footer": {"name"},
    "ca-ocr-halifax-insurer-fcip-underwriting-manager-commercial-lines-accent-lost-l-read-1-label-ll": {"name"},
    "hk-cpa-limited-firm-name-over-two-lines-partner-practising-fcca-tel-fax-mobile-852-parentheses": {"company"},
    # text_cards_blind_bn.yaml (probe 89, session 12: phone photos of harder layouts): read as shown
    "us-ocr-startup-pronouns-line-comma-title-wordmark-at-bottom-qr-caption-lost": {"emails", "phones"},
    "us-ocr-vertical-stacked-labels-above-values-wordmark-at-bottom-email-split-licence-lost": {"emails", "urls"},
    "us-ocr-two-column-wordmark-left-name-right-interleaved-phone-runs-into-email-o-for-zero": {"company"},
    "gb-ocr-two-column-interleaved-consultancy-descriptor-under-wordmark-bracket-zero-read-o": {"company"},
    "au-ocr-dark-two-column-interleaved-e-label-email-level-l-for-1-o-for-zero": {"company", "department"},
    "ca-ocr-two-column-interleaved-cfa-credential-private-credit-o-for-zero-g-read-q": {"address", "department"},
    "ca-ocr-two-column-accented-name-runs-into-phone-c-label-cell-accent-lost": {"name"},
    "in-ocr-dark-finserv-bottom-row-unlabelled-numbers-bullets-lost-cin-footer-lost": {"address"},
    "ie-ocr-two-column-interleaved-irish-name-fadas-lost-eircode-o-for-zero": {"department", "name"},
    # text_cards_blind_bo.yaml (probe 90, session 12: trades, clinics, schools): read as shown
    "us-ocr-elementary-school-principal-district-line-above-mascot-tagline-office-fax-run-together": {"company"},
    "us-ocr-3pl-terminal-manager-bullet-site-on-title-line-toll-free-dispatch-usdot-footer-rn-for-m-tilde-lost": {"name"},
    "uk-ocr-heating-engineers-mac-caps-wordmark-gas-safe-vat-footer-address-line-split-space-lost": {"company"},
    "ca-ocr-long-term-care-director-of-care-bilingual-title-and-labels-accent-lost-o-for-0": {"name", "title"},
    "au-ocr-vet-clinic-practice-manager-after-hours-line-social-handle-space-lost-i-for-l-at-read-a": {"address"},
    "nz-ocr-builders-site-supervisor-lbp-number-line-mob-first-po-box-nzbn-footer-o-for-0-space-lost": {"address", "company"},
    "ie-hotel-hr-generalist-pipe-title-and-unit-fada-name-tel-mob-part-of-group-footer": {"company"},
    # text_cards_blind_bn.yaml: the name's credentials on a piece of their own (OCR split the line)
    "gb-ocr-angled-photo-name-and-credentials-split-phone-pair-split-postcode-l-for-1": {"name"},
    # text_cards_blind_bp.yaml (probe 85, held out to session 12's freeze): read as shown after the freeze
    "ca-bilingual-ottawa-health-centre-en-fr-name-title-and-unit-lines-extension": {"company"},
    "ca-ocr-bilingual-montreal-software-french-first-title-c-cellulaire-accents-lost-postcode-space-lost": {"name", "title"},
    # text_cards_blind_bq.yaml (probe 86, held out to session 12's freeze): read as shown after the freeze
    "gb-ocr-borough-council-hr-business-partner-service-line-o-for-zero-pin-q": {"department"},
    # text_cards_blind_br.yaml (probe 93, healthcare and life sciences): read as shown on arrival
    "us-cardiologist-md-phd-facc-hospital-under-health-system-wordmark-division-line-pager-and-fax": {"company"},
    "us-ocr-nurse-manager-msn-rn-ccrn-step-down-unit-and-floor-part-of-system-extension-rn-for-m-space-lost": {"department"},
    "us-ocr-medical-science-liaison-pharmd-bcop-territory-line-legal-name-and-address-in-footer-zero-for-o-phone-icon-c": {"department"},
    "us-biotech-head-of-protein-sciences-phd-research-campus-building-and-floor-lab-and-mobile-numbers": {"address"},
    "uk-ocr-professor-group-leader-phd-frse-fmedsci-institute-under-university-lab-line-o-for-0-handle-line-lost": {"company", "department"},
    "ca-ocr-physician-recruitment-consultant-cphr-health-system-wordmark-hospital-in-address-at-read-a-space-lost": {"address", "department"},
    "au-orthopaedic-surgeon-mr-honorific-mbbs-fracs-on-own-line-operating-hospital-line-p-and-f-on-one-line": {"title"},
    "au-ocr-nurse-unit-manager-ward-7b-hospital-line-under-lhd-wordmark-credentials-own-line-pin-v-zero-for-o": {"company", "department"},
    "au-ocr-regulatory-affairs-manager-anz-pty-ltd-over-level-address-lines-run-together-comma-for-dot-in-url-abn": {"address", "company"},
    "ie-ocr-medtech-talent-acquisition-partner-people-team-galway-title-split-in-two-rn-for-m-in-street": {"address"},
    # text_cards_blind_bs.yaml (probe 94, every card a phone photo): read as shown on arrival
    "us-ocr-software-eng-manager-pronouns-line-wordmark-at-bottom-title-run-together-glare-lost-suite": {"address"},
    "us-ocr-school-district-director-edd-hr-division-space-inside-word-comma-for-dot": {"title"},
    "us-ocr-grocery-store-manager-title-and-store-line-run-together-accent-lost": {"address", "name", "title"},
    "us-ocr-law-firm-partner-esq-practice-group-glare-lost-word-zip-o-for-0": {"department"},
    "us-ocr-builder-senior-project-exec-tagline-in-pieces-office-label-o-read-zero-url-cut-at-edge": {"urls"},
    "uk-ocr-dept-store-early-careers-partner-pronouns-on-name-line-words-run-together-address-cut-at-edge": {"address"},
    "uk-ocr-engineering-consultancy-principal-credentials-own-line-i-read-l-glare-cut-department": {"department"},
    "ca-ocr-hotel-executive-chef-culinary-space-inside-title-area-code-o-for-0-postcode-space-lost": {"department"},
    "ca-ocr-midstream-engineering-manager-peng-comma-title-company-words-run-together-postcode-2-read-z": {"company"},
    "ca-ocr-credit-union-branch-manager-branch-line-toll-free-tagline-in-pieces-postcode-b-read-8": {"department"},
    "au-ocr-bank-graduate-recruitment-lead-early-talent-mobile-o-for-0-glare-lost-state-postcode": {"address"},
    "au-ocr-mining-hr-superintendent-site-ops-line-triangle-logo-read-aa-8-read-b-street-run-together": {"phones"},
    "in-ocr-it-services-senior-ta-specialist-campus-hiring-phone-icon-read-c-tower-b-read-8-pin-o-for-0": {"address"},
    "in-ocr-bank-deputy-manager-hr-cin-footer-logo-read-xk-locality-run-together-pin-o-for-0": {"address"},
    "nz-ocr-builders-merchant-branch-manager-space-inside-surname-postcode-8-read-b-url-cut-at-edge": {"company", "department", "urls"},
    # text_cards_blind_bt.yaml (probe 95, engineering, energy, defence, transport): read as shown on arrival
    "us-transit-authority-name-over-two-lines-pe-pmp-office-of-capital-programs-project-office-before-admin-offices": {"company"},
    "us-ocr-jv-named-by-both-partners-pipe-bridge-project-line-field-office-email-on-partner-domain-pin-v-space-added": {"emails"},
    "us-ocr-freight-railway-ampersand-name-over-two-lines-roadmaster-pronouns-dept-line-split-globe-icon-at": {"department"},
    "uk-ocr-naval-defence-business-unit-line-ceng-miet-sc-dv-clearance-and-covenant-footers-line-lost-l-for-1": {"company", "name"},
    "uk-tunnel-jv-named-by-both-partners-project-line-site-compound-address-partner-legal-names-footer": {"company"},
    "uk-ocr-offshore-wind-farm-brand-over-operated-by-ltd-om-base-phone-icons-ampersand-lines-run-together": {"address"},
    "au-motorway-project-brand-over-jv-named-by-both-partners-pipe-design-manager-tunnel-systems-project-office": {"company"},
    "nz-ocr-geothermal-generator-business-unit-power-station-before-auckland-head-office-cmengnz-macron-lost-pipe-i-l-for-1": {"address"},
    "in-ocr-state-transmission-corporation-name-over-two-lines-er-prefix-executive-engineer-circle-line-comma-o-for-0-split": {"department"},
    "za-platinum-miner-caps-two-lines-bsc-eng-preng-concentrator-title-mine-before-johannesburg-head-office-c-cell": {"name"},
    "za-ocr-solar-ipp-plant-manager-prtecheng-own-line-run-into-name-phone-icon-c-plant-before-cape-town-office-rf-pty-footer": {"name"},
    # text_cards_blind_bu.yaml (probe 91, held out to session 13's freeze): read as shown at the freeze
    "us-ocr-university-medical-center-nurse-recruiter-msn-rn-space-lost-rn-for-m-in-email": {"company"},
    "us-ocr-trucking-terminal-manager-toll-free-main-direct-cell-run-together-usdot-footer-lost": {"emails", "name"},
    "us-ocr-car-dealership-general-sales-manager-cell-text-label-o-for-zero-space-lost-qr-caption-lost": {"department"},
    "ca-bilingual-new-brunswick-trucking-hr-director-french-first-title-bur-off-label-toll-free-recruiting": {"title"},
    "ca-ocr-ontario-school-board-hr-officer-teacher-staffing-ext-comma-for-dot-postcode-space-lost-handle-a": {"department"},
    "ca-saskatoon-accounting-firm-partner-cpa-ca-caps-descriptor-practice-line-direct-main": {"company"},
    "ca-ocr-vancouver-hotel-executive-chef-culinary-dept-city-under-wordmark-o-for-zero-l-for-one-handle-lost": {"department"},
    # text_cards_blind_bv.yaml (probe 92, held out to session 13's freeze): read as shown at the freeze
    "uk-ocr-metropolitan-borough-council-name-lines-run-together-o-for-0-apostrophe-lost": {"department"},
    "nz-ocr-engineering-consultancy-macron-wordmark-ddi-label-macron-lost-i-read-l-credentials-line-lost": {"company"},
    "nz-law-firm-lawyers-descriptor-partner-practice-line-ddi-po-box-and-dx-lines": {"address", "company"},
    # text_cards_blind_bw.yaml (probe 98, public sector, universities, nonprofits): read as shown on arrival
    "us-university-associate-professor-dept-and-college-lines-hall-room-campus-mail-code-grad-inbox": {"address", "department"},
    "us-ocr-state-line-over-agency-division-line-program-analyst-grade-main-ext-comma-for-dot-zero-for-o": {"company", "department", "emails"},
    "us-ocr-transit-authority-name-two-lines-deputy-director-comma-title-division-main-ext-direct-mobile-space-lost-l-for-1": {"address"},
    "us-ocr-intergovernmental-fund-name-two-lines-run-together-hr-officer-unit-and-department-lines-o-for-zero": {"department"},
    "us-nonprofit-msw-and-pronouns-on-name-line-x204-extension-volunteer-inbox-wordmark-with-descriptor-at-bottom-handle": {"company"},
    "us-ocr-middle-school-principal-edd-district-line-above-attendance-line-phone-icon-c-comma-in-credential": {"address"},
    "uk-ministerial-department-name-two-lines-grade-7-in-title-team-and-directorate-lines-team-inbox": {"department", "title"},
    "ca-federal-bilingual-card-english-french-pairs-classification-level-directorate-k1a-postcode": {"address", "company", "department"},
    "ca-newcomer-nonprofit-office-and-mailing-po-box-addresses-x-extension-c-for-cell-program-line-info-inbox": {"department"},
    "au-university-city-under-wordmark-senior-lecturer-school-and-faculty-lines-building-code-room-abn-cricos-footer": {"address", "company", "department"},
    "au-ocr-commonwealth-department-assistant-director-el1-branch-and-division-lines-gpo-box-only-l-for-1-zero-for-o-icon-c": {"address", "department", "title"},
    "ie-ocr-state-agency-irish-name-line-above-heo-grade-title-unit-line-eircode-fada-lost-l-for-1": {"address", "company", "name"},
    "ke-republic-ministry-state-department-hierarchy-caps-name-deputy-director-comma-title-po-box-postal-code-ps-inbox": {"company", "department"},
    "ng-federal-university-prof-fnse-dean-comma-faculty-title-room-and-pmb-lines-dean-office-inbox-motto": {"phones"},
    "ng-ocr-federal-agency-name-two-lines-assistant-director-grade-level-hr-department-gsm-label-email-icon-a-apostrophe-lost-l-for-1": {"address", "phones", "title"},
    # text_cards_blind_bx.yaml (probe 99, sales-driven employers, many phone lines): read as shown on arrival
    "us-franchise-realty-wordmark-office-name-beside-realtor-mark-dre-call-or-text-small-print": {"company", "title"},
    "us-ocr-dealership-maker-logo-over-dealer-name-sales-and-cell-on-one-piped-line-qr-caption": {"department"},
    "us-ocr-staffing-franchise-office-line-practice-dept-bullet-phones-web-in-now-hiring-line": {"company", "department"},
    "us-saas-lowercase-wordmark-pronouns-line-title-with-comma-segment-demo-and-linkedin-urls-legal-footer": {"company"},
    "us-ocr-hotel-group-sales-direct-main-whatsapp-descriptor-under-wordmark-m-read-rn": {"address", "company"},
    "us-wholesale-distributor-descriptor-line-territory-in-title-extension-toll-free-customer-service": {"department"},
    "us-ocr-telecom-business-unit-under-wordmark-public-sector-dept-two-phone-lines-run-together-big-slogan": {"company"},
    "us-nyc-brokerage-team-line-c-and-o-labels-instagram-handle-qr-caption-equal-housing-footer": {"title"},
    "uk-ocr-hotel-sales-city-under-wordmark-plus44-trunk-zero-o-for-0-l-read-i": {"name"},
    "au-franchise-agency-office-name-under-wordmark-piped-title-licence-and-abn-in-footer": {"company", "department", "title"},
    "nz-franchise-real-estate-suburb-office-under-wordmark-m-and-p-labels-reaa-licence-small-print": {"company"},
    "nz-ocr-saas-partner-team-dept-ddi-mobile-international-format-pronoun-line-lost-spaces-lost": {"address"},
    "ie-ocr-dealership-family-slogan-big-whatsapp-line-fadas-lost-o-for-0-simi-line-lost": {"name"},
    # text_cards_blind_by.yaml (probe 100, English cards from outside the English-speaking countries): read as shown on arrival
    "de-ocr-berlin-mobility-startup-gmbh-wordmark-pronouns-run-into-name-phone-icon-c-eszett-read-b": {"address"},
    "de-hamburg-shipping-gmbh-co-kg-body-line-crew-recruitment-unit-phone-fax-mobile-english-labels": {"company"},
    "de-ocr-frankfurt-bank-ag-zu-particle-name-vp-campus-title-postcode-0-read-o-url-comma-for-dot": {"urls"},
    "nl-ocr-rotterdam-port-terminal-bv-de-vries-double-name-postcode-space-lost-m-read-rn-mobile-icon-lost": {"address", "company"},
    "nl-eindhoven-semiconductor-van-t-apostrophe-particle-pipe-phone-line-campus-address": {"address", "company"},
    "se-ocr-gothenburg-ab-engineering-manager-comma-title-umlaut-lost-in-name-postcode-space-lost": {"name"},
    "ch-zurich-reinsurer-ag-double-surname-accents-ch-prefixed-postcode-group-hr-unit": {"company"},
    "ch-ocr-basel-pharma-ag-hiring-manager-title-split-over-two-lines-postcode-1-read-l-dr-sc-nat": {"address", "company", "department", "name", "title"},
    "fr-paris-maison-caps-wordmark-de-la-particle-bilingual-title-trunk-zero-sa-rcs-footer-numbers": {"phones"},
    "fr-ocr-lyon-sas-data-hiring-manager-at-sign-read-a-pin-read-v-accent-lost-in-company": {"address", "company", "emails", "title"},
    "es-ocr-barcelona-robotics-sl-catalan-i-surname-leading-zero-postcode-0-read-o-pin-q-linkedin": {"address", "company"},
    "ae-dubai-llc-hospitality-emiratisation-title-tower-office-po-box-address-downtown": {"company"},
    "ae-ocr-abu-dhabi-adgm-vp-human-capital-comma-title-two-lines-run-together-island-po-box": {"address"},
    "hk-ocr-science-park-biotech-limited-people-org-title-new-territories-1-read-l-space-lost": {"address"},
    "jp-tokyo-caps-family-name-general-manager-hr-department-line-co-ltd-building-floor-first-postcode-after-city": {"address"},
    "jp-ocr-shibuya-robotics-kk-postal-mark-read-t-before-postcode-global-ta-unit-mobile-1-read-l": {"address"},
    "jp-ocr-osaka-kk-section-manager-production-engineering-title-lost-space-city-small-slogan-lost": {"address", "company"},
    "ph-ocr-cebu-it-park-corp-name-suffix-iii-read-ill-operations-manager-qr-caption": {"address"},
    "il-tel-aviv-cyber-ltd-ben-hyphen-name-pronouns-vp-people-seven-digit-postcode-linkedin": {"company"},
    "il-ocr-haifa-rd-group-manager-hyphen-surname-ltd-ampersand-read-8-email-icon-read-a": {"address", "company", "phones"},
    # text_cards_blind_bz.yaml (probe 96, held out to session 14's freeze): read as shown at the freeze
    "us-ocr-staffing-agency-consultant-division-and-branch-lines-phone-and-email-run-together-o-for-0": {"department"},
    "us-city-library-branch-manager-mlis-city-of-line-over-library-name-branch-line-social-footer": {"department"},
    "us-ocr-engineering-consultancy-principal-pipe-practice-pe-pmp-comma-for-dot-address-line-split": {"company"},
    "us-ocr-retailer-head-office-store-support-center-line-corporate-recruiting-manager-l-for-1-space-added-in-email": {"department"},
    "ca-ocr-ontario-township-corporation-of-the-line-hr-generalist-division-line-l-for-1-pin-v": {"address", "company", "title"},
    "ca-ocr-bilingual-montreal-software-french-first-title-pair-bur-off-label-boul-bureau-address-accent-lost": {"company", "name", "title"},
    "ca-ocr-logistics-mississauga-hrbp-ops-unit-line-bullet-joined-phones-toll-free-descriptor-lost-o-for-0": {"company"},
    "ca-ocr-winnipeg-insurance-broker-ltd-claims-manager-cip-claims-line-toll-free-phone-icon-c-m-read-rn": {"address"},
    "ca-health-authority-chief-hr-officer-cphr-executive-team-line-second-email-for-assistant": {"department"},
    # text_cards_blind_ca.yaml (probe 97, held out to session 14's freeze): read as shown at the freeze
    "gb-ocr-energy-retailer-lowercase-wordmark-people-team-welsh-building-name-pin-v-circumflex-lost-address-split": {"address"},
    "gb-ocr-port-authority-belfast-028-deputy-harbour-master-marine-operations-fada-lost-oo-web-line-lost": {"name", "urls"},
    "gb-ocr-recruitment-agency-caps-descriptor-principal-consultant-practice-line-middots-handle-at-icon-a-space-added": {"address"},
    "ie-ocr-charity-name-two-lines-volunteer-coordinator-chy-footer-phone-icon-amp-fada-lost-eircode-space-lost": {"name"},
    "au-ocr-hospital-city-in-name-nurse-unit-manager-rn-after-name-icu-line-p-f-pipe-read-l-apostrophe-lost": {"company"},
    "nz-ocr-district-council-te-reo-name-over-english-recruitment-coordinator-po-box-macrons-lost-o-for-0": {"name"},
    "sg-ocr-fintech-lowercase-wordmark-engineering-manager-malay-name-bin-payments-platform-o-for-0-postcode-split": {"address"},
    # probe 103 (large organisations' units, premises-first addresses), on arrival
    "us-bank-caps-unit-above-name-tower-name-first-address-line-floor-after-street": {"company", "department"},
    "us-ocr-tech-title-pipe-unit-pipe-read-l-campus-building-address-zip-o-for-0-wordmark-at-bottom": {"address"},
    "us-ocr-insurer-name-over-two-lines-caps-legal-department-above-name-esq-rn-read-m-in-email-o-read-0": {"emails", "urls"},
    "uk-aerospace-division-pipe-site-name-ceng-building-number-first-address-line-legal-footer": {"department"},
    "ca-ocr-federal-department-under-bilingual-signature-branch-line-french-line-lost-pipe-read-i-postcode-o": {"address"},
    "au-ocr-government-department-caps-branch-above-name-assistant-secretary-postcode-o-comma-in-email": {"company", "department"},
    # probe 104 (phone photos, accented names the OCR reads bare), on arrival
    "us-ocr-hospital-nurse-recruiter-umlaut-dropped-rn-bsn-on-name-line-handset-icon-c-three-line-address": {"name"},
    "us-ocr-restaurant-gm-two-word-surname-tilde-dropped-pipe-read-l-tagline-handle": {"name"},
    "us-ocr-university-career-services-over-name-nguyen-diacritics-dropped-pronouns-room-o-for-zero": {"name"},
    "us-ocr-law-firm-partner-esq-practice-group-rn-for-m-in-wordmark-accent-dropped": {"name"},
    "us-ocr-school-district-hr-coordinator-two-word-surname-del-valle-accent-dropped-space-lost": {"name"},
    "us-ocr-foundry-plant-engineering-manager-pe-inc-wordmark-grid-address-split-l-read-1": {"address"},
    "us-ocr-youth-nonprofit-director-accent-dropped-toll-free-helpline-url-comma-footer-lost": {"name"},
    "uk-ocr-software-engineering-manager-zoe-de-la-mare-diaeresis-dropped-rn-for-m-ltd-in-footer": {"name"},
    "ca-ocr-quebec-insurer-bilingual-title-lines-accents-dropped-cell-label-three-line-address": {"address", "name"},
    "ca-ocr-health-authority-physician-recruiter-nickname-in-brackets-mac-i-read-l-fax-semicolon-toll-free": {"name"},
    "au-ocr-water-utility-graduate-program-lead-nguyen-diacritics-dropped-people-culture-mobile-i-for-1": {"name"},
    "ie-ocr-pharma-qa-manager-sean-o-suilleabhain-fadas-dropped-co-cork-comma-for-dot-eircode": {"name"},
    "nz-ocr-orchard-people-capability-manager-te-whaiti-macrons-dropped-rural-delivery-space-lost": {"address", "company", "name"},
    # probe 101 (held out, US/CA everyday), after session 15's freeze
    "us-ocr-community-bank-vp-branch-manager-nmls-line-accent-lost-o-for-zero": {"name"},
    "us-state-university-assistant-professor-college-and-department-lines-over-name-po-box": {"department"},
    "us-ocr-creative-studio-lowercase-wordmark-pronoun-line-lost-instagram-at-read-a": {"urls"},
    "us-ocr-staffing-agency-account-manager-division-line-text-label-accent-lost-o-for-zero": {"department"},
    "ca-bilingual-quebec-aerostructures-french-title-over-english-tel-cell-boul-address": {"title"},
    "ca-ocr-bilingual-ottawa-health-network-english-over-french-name-title-unit-accent-lost": {"company", "department"},
    # probe 102 (held out, UK/IE/AU/NZ/IN/SG/ZA everyday), after session 15's freeze
    "nz-auckland-law-firm-caps-wordmark-lawyers-descriptor-partner-practice-ddi-po-box-line": {"department"},
    "za-ocr-cape-town-cx-firm-recruitment-team-leader-whatsapp-label-bee-footer-lost-l-for-1": {"company"},
    # text_cards_blind_ch.yaml (probe 107: departments that are hard to tell)
    "us-ocr-staffing-light-industrial-skilled-trades-unit-branch-line-bullet-lost-l-for-i": {"department"},
    "us-ocr-university-office-em-dash-sub-unit-line-split-in-two-l-for-1": {"department"},
    "uk-ocr-engineering-consultancy-caps-unit-under-mixed-case-wordmark-ice-credentials-l-for-i-o-for-0": {"department"},
    "uk-ocr-university-faculty-and-school-lines-above-name-run-together-comma-for-dot": {"department"},
    "uk-ocr-bank-group-risk-bracketed-sub-unit-plc-footer-diacritic-lost-1-for-l": {"name"},
    "uk-recruitment-agency-sector-division-above-name-specialism-after-dash-in-title-dd-label": {"company", "department"},
    "au-ocr-federal-department-as-employer-division-bar-branch-bar-read-i-crest-line-lost": {"department"},
    "ca-contractor-trades-division-above-name-under-two-line-wordmark-red-seal-after-bar": {"department"},
    # text_cards_blind_ci.yaml (probe 108: hard addresses)
    "au-ocr-university-building-code-level-line-campus-line-before-street-b-as-8-l-as-1": {"address"},
    "au-rural-pastoral-company-station-name-in-quotes-before-highway-number": {"address"},
    "za-ocr-university-postal-private-bag-and-labelled-physical-address-zero-as-o-line-split": {"address"},
    "za-ocr-wine-estate-farm-off-regional-road-stellenbosch-comma-as-dot-rn-for-m-cell-label-c": {"address"},
    "ie-ocr-food-company-rural-townland-village-county-eircode-fada-lost-zero-for-o-l-for-1": {"address", "department", "name"},
    # text_cards_blind_cf.yaml (probe 105, held out until the freeze: everyday cards)
    "uk-ocr-childrens-hospice-fundraising-manager-pronouns-m-read-as-rn-label-space-lost-charity-footer-lost": {"company"},
    "ca-halifax-physio-clinic-director-caps-wordmark-plus-descriptor-pt-credentials-lowercase-p-f-labels": {"company"},
    "au-sydney-accounting-firm-partner-dash-practice-ca-postnominal-street-and-po-box-limited-liability-footer": {"department", "title"},
    "au-ocr-perth-homewares-store-manager-centre-line-ph-label-comma-for-dot-in-company-pipe-read-as-l": {"department"},
    "ie-ocr-cork-medtech-qa-team-lead-numbers-run-together-b-read-as-8-comma-for-dot-in-co-cork": {"address"},
    "nz-district-council-senior-advisor-recruitment-te-reo-title-line-two-line-council-name-private-bag": {"department"},
    "nz-ocr-wellington-digital-studio-ux-research-lead-macron-lost-phone-icon-c-suburb-space-lost-qr-caption": {"address", "company"},
    "sg-ocr-tuition-centre-manager-branch-line-whatsapp-number-pipe-read-as-i-o-for-0-in-unit": {"department"},
    # text_cards_blind_cg.yaml (probe 106, held out until the freeze: large organisations)
    "us-health-system-nurse-recruiter-credentials-own-line-campus-line-pavilion-floor-in-address": {"company"},
    "us-ocr-state-university-associate-professor-college-and-department-lines-hall-room-rn-for-m-1-for-l": {"department", "title"},
    "us-federal-bureau-country-line-over-agency-office-and-branch-lines-mail-stop-desk-label": {"department"},
    "us-ocr-manufacturer-plant-manager-division-over-name-plant-name-in-address-tel-mobile-lines-run-together": {"address", "department"},
    "uk-government-department-name-over-two-lines-pronouns-own-line-head-of-policy-directorate-gov-uk-url": {"company"},
    "uk-ocr-aerospace-manufacturer-early-careers-lead-title-and-hr-unit-run-together-building-works-8-for-b": {"address", "department", "title"},
    "ca-ocr-federal-agency-bilingual-english-french-pairs-directorate-k1a-o-for-0-space-lost-in-title": {"department"},
    "in-public-sector-bank-dgm-hr-parenthesised-title-undertaking-line-corporate-office-bkc-numbers-sharing-prefix": {"address", "phones"},
    "in-ocr-hospital-senior-consultant-dr-prefix-degrees-own-line-unit-of-parent-line-lost-o-for-0-rn-for-m": {"address"},
    # text_cards_blind_av.yaml (since the labeller's retrain for 'Infosystems', session 16)
    "us-ocr-hon-de-la-particle-county-assessor-comma-O-zero": {"department", "title"},
    # text_cards_blind_cl.yaml (probe 111, companies hard to tell; tuning)
    "us-ocr-letter-spaced-partner-names-wordmark-spacing-partly-lost-banking-group-l-for-1": {"address", "company"},
    "uk-ocr-picture-logo-no-text-company-only-in-and-domain-comma-for-dot-label-space-lost": {"company"},
    "ca-ocr-credit-union-wordmark-over-descriptor-part-of-group-branch-line-rn-read-m-icon-amp": {"department"},
    "au-ocr-physio-practice-named-for-two-founders-credentials-own-line-amp-space-lost-o-for-0": {"company"},
    "au-ocr-leaf-logo-no-text-company-only-in-domain-phone-icon-c-suburb-space-lost": {"department"},
    # lost when the labeller was rebuilt in session 17 (weak scores flipped)
    # lost when the labeller was rebuilt in session 17 (weak scores flipped)
    "uk-ocr-senior-research-nurse-rgn-msc-research-facility-heading-trust-in-footer-tel-mob-run-together-1-for-l": {"address"},
    # lost when the labeller was rebuilt in session 17 (weak scores flipped)
    # text_cards_blind_cj.yaml (probe 109, held out until session 17's freeze, then its misses fixed where a rule was clear)
    "us-elementary-school-assistant-principal-med-district-line-under-school-mascot-slogan": {"company"},
    "uk-ocr-borough-council-planning-officer-mrtpi-i-read-1-two-unit-lines-tel-space-lost": {"department"},
    "ca-quebec-machining-inc-bilingual-labels-and-title-crha-in-name-fax-telec": {"title"},
    "ca-ocr-restaurant-gm-plus-in-name-read-t-group-line-two-emails-pin-read-v": {"company"},
    "ie-ocr-analytics-startup-head-of-talent-fada-lost-in-name-eircode-space-lost": {"name"},
    "za-ocr-digital-agency-junior-social-media-amp-read-8-email-and-web-run-together": {"company"},
    "in-ocr-builder-md-er-prefix-degrees-line-mo-off-labels-o-read-0-dot-read-comma-gstin": {"company"},
    # text_cards_blind_ck.yaml (probe 110, held out until session 17's freeze, then its misses fixed where a rule was clear)
    "us-engineering-firm-principal-pe-pmp-group-line-wordmark-at-bottom-over-two-lines-t-m-f": {"company"},
    "us-ocr-architecture-associate-principal-aia-leed-credentials-studio-line-logo-at-bottom-l-for-1-in-email": {"name"},
    "uk-ocr-university-professor-and-head-of-school-two-title-lines-frias-i-for-l-comma-for-dot-in-email": {"department", "title"},
    "uk-ocr-recruitment-agency-principal-consultant-pronouns-after-name-desk-line-social-handle-o-for-0-pipe-i": {"company"},
    "au-ocr-health-service-clinical-nurse-consultant-rn-mnurssc-emergency-department-space-added-o-for-0-footer-lost": {"name"},
    "ie-ocr-consulting-engineers-senior-engineer-be-miei-ceng-fada-lost-l-for-1-in-eircode": {"company", "name"},
    # probe 115 (departments hard to tell), on arrival 7/30
    "us-ocr-bank-global-markets-dept-set-large-looks-like-company-wordmark-at-bottom-space-lost-o-for-0-i-for-l": {"department"},
    "us-3pl-warehouse-shift-line-inbound-receiving-2nd-shift-under-title-distribution-center-name": {"department"},
    "us-ocr-auto-stamping-press-line-4-under-title-plant-name-phone-icon-c-space-lost-descriptor-lost": {"company"},
    "us-med-school-division-of-cardiology-over-department-of-medicine-credentials-building-line": {"company"},
    "us-consultancy-company-line-strategic-sourcing-partners-in-department-slot-under-title-tagline": {"company"},
    "us-ocr-law-firm-practice-area-list-under-wordmark-chair-hiring-committee-line-bullets-read-dots-o-for-0": {"title"},
    "us-hospital-nurse-manager-unit-with-floor-over-nursing-services-line-unit-phone-label": {"department"},
    "uk-retailer-digital-ventures-unit-set-large-on-top-looks-like-company-wordmark-at-bottom": {"department"},
    "uk-ocr-agency-data-science-hub-over-directorate-directorate-line-split-in-two-l-for-1": {"department"},
    "ca-ocr-game-studio-title-em-dash-game-title-team-studio-name-line-pronouns-dash-read-hyphen-o-for-0": {"department", "title"},
    "au-ocr-mine-processing-plant-crew-line-site-name-po-box-safety-footer-lost-i-for-l-o-for-0": {"department"},
    "au-ocr-energy-retailer-caps-department-above-name-wordmark-at-bottom-descriptor-lost-l-for-i-o-for-0": {"company", "department"},
    "ie-ocr-biologics-qc-microbiology-over-quality-operations-on-one-line-campus-name-bullet-read-dot-rn-for-m": {"department"},
    # probe 116 (names hard to read), on arrival 14/30
    "us-ocr-hospital-irish-o-apostrophe-name-nursing-credentials-o-read-0-fada-lost-icon-amp": {"name"},
    "us-ocr-dr-honorific-and-two-credentials-hyphenated-igbo-surname-dot-read-comma-pin-q": {"company"},
    "uk-double-barrelled-surname-with-bsc-hons-mrics-after-name": {"company"},
    "uk-ocr-cardiff-welsh-ap-patronymic-letter-spaced-caps-space-lost-pin-v": {"department", "name"},
    "ca-montreal-hyphenated-given-name-de-la-particle-surname-cpa": {"company"},
    "ca-ocr-calgary-filipino-quoted-nickname-dela-particle-name-split-over-two-lines-icon-amp": {"name"},
    "au-ocr-newcastle-common-word-name-brooke-rivers-on-title-line-dash-read-hyphen-i-read-l": {"department"},
    "ie-ocr-cork-o-particle-with-fada-read-zero-ceng-miei-space-lost": {"company", "name"},
    # a unit over the body it belongs to: these older labels join both, 25 others keep the unit alone (session 18)
    "ie-university-irish-name-school-college-assistant-professor-orcid-eircode": {"department"},
    "uk-civil-service-senior-policy-adviser-pipe-grade-7-unit-directorate-bristol-www-gov-uk-path": {"department"},
    "us-county-panel-county-engineer-pe-division-under-dept-cell-field-office": {"department"},
    "ca-university-panel-head-of-department-phd-faculty-under-dept-cell-dept-url": {"department"},
    "uk-university-senior-lecturer-data-science-pronouns-dept-faculty-rn-for-m": {"department"},
    "ca-university-associate-professor-department-and-faculty-halifax": {"department"},
    "uk-university-school-and-faculty": {"department"},
    # probe 113 (held out until the session-18 freeze: large employers), 19/30 at the freeze
    "us-ocr-retail-hq-store-support-center-campus-recruiter-pronouns-icons-read-c-and-a": {"address"},
    "us-medical-device-credentials-on-own-line-regional-sales-manager-dash-territory-qr-llc-footer": {"company"},
    "ca-federal-department-bilingual-branch-director-tel-tel-label-canada-wordmark-at-bottom": {"address", "department"},
    "in-ocr-pharma-dr-mpharm-phd-senior-manager-regulatory-affairs-rn-for-m-url-line-lost": {"name", "urls"},
    "ie-cloud-emea-hq-university-recruiter-irish-name-with-fada-eircode-ireland-limited-footer": {"department"},
    "ie-ocr-insurer-actuarial-manager-irish-name-fadas-lost-apostrophe-read-space-dac-regulated-footer": {"name"},
    # probe 114 (held out until the session-18 freeze: everyday small employers), 24/30 at the freeze
    "us-elementary-school-principal-edd-district-line-over-school-name-office-fax": {"address", "company"},
    "ca-ocr-ottawa-physio-bilingual-labels-credentials-on-name-accents-lost-1-as-i-in-postcode": {"name"},
    "in-ocr-hotel-fnb-assistant-manager-phone-icon-c-pin-q-address-split-over-lines": {"company"},
    # probe 119 (titles hard to tell), 22/30 on arrival, 27 after the fixes: a title standing for a team, a bilingual descriptor, a trade under the wordmark
    "uk-fintech-strategy-and-operations-only-title-line-reads-like-department-fca-footer": {"department", "title"},
    "ca-energy-bilingual-title-english-over-french-c-label-is-cell": {"company"},
    "au-fractional-cmo-and-growth-advisor-title-over-two-lines-descriptor-under-wordmark": {"department"},
    # probe 120 (addresses hard to tell), 21/30 on arrival, 25 after the fixes: two offices read row by row (text cards keep no columns), a rural British address with no number, a studio's premises over the street, a country line the OCR lost
    "us-ocr-advisory-two-offices-side-by-side-read-row-by-row-own-office-left-space-lost-l-for-1": {"address"},
    "uk-estate-manager-farm-name-lane-village-post-town-county-lines-legal-footer": {"address"},
    "uk-ocr-solicitors-leeds-and-sheffield-offices-side-by-side-street-row-run-together-postcode-space-lost": {"address"},
    "uk-ocr-design-studio-address-above-name-pin-q-studio-line-split-l-for-1-pronouns": {"address"},
    "za-ocr-wine-estate-farm-number-and-road-pin-v-o-for-0-country-line-lost": {"address"},
    # probe 121 (IN, SG, MY, PH, ZA, KE, NG, AE), 18/30 on arrival, 25 after the fixes: a wordmark of four words in capitals read as a name, 'Ma,' for Maria, a Lagos landline, unlabelled Nigerian mobiles run together, a footer's Plc
    "in-ocr-family-spice-exporter-gmail-second-number-shares-std-code-pin-icon-q-space-lost": {"company", "name"},
    "ph-ocr-hospital-ma-abbrev-name-rn-man-credentials-trunkline-label-cebu-barangay-roman-numeral": {"name", "title"},
    "ng-bank-yoruba-name-with-mrs-in-brackets-two-mobiles-one-line-lagos-state-plc-footer": {"company", "phones"},
    "ng-ocr-energy-ltd-engr-prefix-igbo-name-mnse-unlabelled-mobiles-comma-lost-abuja-fct": {"phones"},
    # probe 117 (held out until the freeze; industrial employers), 17/30 at the freeze (a18d930), 24 after the post-freeze fixes: a site line whose place no list knows, a descriptor under the wordmark, a French title printed first, a site name over the street
    "us-ocr-poultry-processing-site-hr-generalist-pronouns-on-name-line-site-name-over-street-phone-icon-c-o-for-0": {"address"},
    "us-heavy-civil-chief-estimator-pe-dbia-inc-in-body-bullet-service-line-fax-employee-owned-footer": {"department"},
    "gb-ocr-cold-chain-depot-night-shift-manager-all-caps-name-title-depot-line-email-icon-a-rn-for-m": {"address"},
    "ca-oilsands-maintenance-site-hr-advisor-site-label-phone-24-7-dispatch-tollfree-site-and-calgary-head-office": {"department"},
    "ca-quebec-dairy-plant-bilingual-french-english-title-lines-usine-line-tel-slash-tel-label-french-address": {"title"},
    "au-ocr-warehousing-talent-acquisition-partner-bracketed-nickname-head-office-wordmark-at-bottom-amp-icon-1-for-l-slogan-lost": {"company"},
    # probe 118 (held out until the freeze; a month of panels), 20/30 at the freeze, 23 after: an agency's specialism under its wordmark, a state over its office, a city alone as the address, an accent the helper dropped
    "us-university-associate-professor-two-title-lines-college-and-department-lines-pipe-address": {"department"},
    "us-state-agency-supervisor-state-name-over-office-name-desk-cell-email-labels-unit-line": {"company"},
    "us-agency-recruiter-quoted-nickname-two-phones-one-line-specialism-line-linkedin-url": {"department"},
    "us-ocr-startup-cto-cofounder-wordmark-bottom-mail-icon-as-m-ai-as-al-pronouns-run-into-title": {"address"},
    "uk-ocr-agency-principal-consultant-part-of-group-line-lost-l-for-1-registered-footer": {"department"},
    "ca-credit-union-branch-manager-branch-line-pipe-joined-tel-cell-fax-postal-code": {"department"},
    "ca-ocr-montreal-media-bilingual-title-lines-accent-lost-postal-code-space-lost-pin-v": {"name"},
    # session 19: a plant on its own line is no longer the department (11 labels to 2); this older card types it as one
    "us-mc-plant-manager-pe-plant-name-line": {"department"},
    # session 19: a plant on its own line is no longer the department (11 labels to 2); this older card types it as one
    "ca-ocr-foundry-plant-manager-peng-comma-for-dot-O-in-postal-code": {"department"},
    # session 19: a role and a unit run together are parted (8 labelled lines to 1); this card's comma was lost between a title's two halves
    "nz-ocr-auckland-engineering-lead-two-title-lines-merged-dept-below-O-for-0-comma-url": {"department", "title"},
    # session 19: initials in quotes are a nickname, left out as the convention says; this older label keeps them (marked DEBATABLE)
    "us-ocr-freight-terminal-ops-manager-nickname-in-quotes-pipe-joined-phones-pipe-read-l-usdot-footer": {"name"},
    # probe 122 (companies hard to tell), 15/30 on arrival, 19 after the fixes: a parent brand over its subsidiary, a franchise's location, a letter-spaced wordmark read with its gaps misplaced, a school under its board, a footer's legal name
    "us-ocr-parent-health-brand-over-cardiology-subsidiary-phone-icon-amp-o-for-0-address-lines-run-together": {"company"},
    "us-home-care-franchise-location-in-name-independently-owned-footer-toll-free-care-line": {"company"},
    "us-ocr-letter-spaced-wordmark-and-descriptor-aia-leed-credentials-space-lost-comma-for-dot": {"company"},
    "us-ocr-graphic-logo-no-text-company-only-in-email-and-web-envelope-icon-a-globe-icon-o": {"company"},
    "uk-ocr-publishing-imprint-wordmark-imprint-of-line-amp-read-8-i-read-l-small-web-line-lost": {"department", "urls"},
    "uk-university-wordmark-over-two-lines-city-line-faculty-and-school-lines-professor-title": {"department"},
    "uk-ocr-ampersand-wordmark-over-two-lines-run-together-descriptor-registered-practice-line-l-for-i": {"department"},
    "ca-secondary-school-wordmark-under-district-school-board-line-vice-principal-accented-name": {"company"},
    "au-caps-wordmark-pty-ltd-legal-name-and-abn-on-one-body-line-people-and-culture-title": {"company"},
    "au-real-estate-franchise-office-suburb-under-wordmark-franchisee-entity-in-footer-unlabelled-phones": {"company"},
    "ie-ocr-hse-logo-over-university-hospital-part-of-group-line-small-line-lost-o-for-0-phone-icon-amp": {"company"},
    # probe 123 (phone photos only), 19/30 on arrival, 21 after: a monogram over the name, a wordmark and its tagline read as one line, a mend no word list can make (Stanwlx, Sherboume, Aolfe), a unit broken over two lines
    "us-ocr-savings-bank-avp-pipe-branch-manager-nmls-line-o-for-0-tel-1-fdic-footer-lost": {"department"},
    "us-ocr-staffing-agency-nickname-in-quotes-d-c-labels-pipe-lost-linkedin-space-added-i-read-l": {"address"},
    "us-ocr-manufacturer-acronym-wordmark-full-name-under-p-label-semicolon-space-lost-iso-o": {"company"},
    "uk-ocr-department-store-centre-line-under-wordmark-amp-space-moved-l-read-1-unit-space-added": {"address"},
    "uk-ocr-scottish-charity-wordmark-and-tagline-run-together-head-of-fundraising-l-1-sc-o": {"company"},
    "ca-ocr-hospital-nurse-manager-rn-mn-pager-number-st-comma-pager-g-read-q-rn-read-m-in-street": {"address"},
    "ca-ocr-construction-junior-estimator-division-line-split-ltd-comma-street-number-ll": {"department"},
    "ie-ocr-recruitment-consultant-t-m-lines-run-together-colon-semicolon-i-read-l-in-name": {"name"},
    # labeller retrain of session 20 (pre-labelling slip mends changed its training text): a weak line's score moved under its bar
    "au-ocr-adelaide-media-agency-content-studio-dept-two-emails-icons-read-a-and-ampersand": {"department"},
    # labeller retrain of session 20 (pre-labelling slip mends changed its training text): a weak line's score moved under its bar
    "ca-ocr-school-board-hr-officer-dept-above-name-title-two-lines-en-dash-tel-fax-merged-email-icon-e": {"company", "department"},
    # labeller retrain of session 20 (pre-labelling slip mends changed its training text): a weak line's score moved under its bar
    "us-newspaper-name-first-pronouns-newsroom-x-handle-logo-below": {"department"},
    "uk-executive-principal-academy-two-line-name-part-of-trust-principals-pa": {"company"},
    # labeller retrain of session 20 (pre-labelling slip mends changed its training text): a weak line's score moved under its bar
    "au-qld-director-general-psm-street-and-gpo-box-executive-services-role-mailbox": {"company", "department"},
    # text_cards_blind_da.yaml (session 20 probe 126, units hard to tell, 16/30 on arrival): read as shown
    "us-bank-unit-broken-over-two-lines-commercial-banking-division": {"department"},
    "us-ocr-health-system-cardiology-clinic-under-institute-phone-icon-c-l-read-capital-i": {"department"},
    "us-ocr-energy-basin-operations-line-under-hr-title-o-for-zero-pin-read-v": {"address"},
    "us-law-firm-practice-group-line-then-committee-role-line-under-partner": {"department"},
    "us-ocr-university-college-over-department-two-levels-department-line-split-l-for-1": {"department"},
    "uk-ocr-fintech-unit-after-bar-in-title-bar-read-i-zero-read-o-linkedin": {"department", "title"},
    "uk-council-directorate-over-service-above-name-locality-in-title-brackets": {"department"},
    "uk-ocr-recruitment-agency-specialism-after-dash-in-title-office-line-ddi-space-lost-o-for-zero": {"department", "title"},
    "ca-ocr-hospital-program-and-site-lines-run-together-1-read-l-credentials": {"department"},
    "au-university-name-over-two-caps-lines-faculty-over-school-cricos-footer": {"department"},
    "au-ocr-recruitment-agency-specialism-line-and-city-office-line-split-zero-read-o": {"department"},
    "au-bank-caps-unit-over-two-lines-above-name-wordmark-at-bottom-legal-footer": {"department"},
    # text_cards_blind_db.yaml (session 20 probe 127, slips in company and unit words, 15/30 on arrival -> 26): read as shown
    "us-ocr-bank-caps-l-for-i-in-cascadia-lending-team-space-lost-fdic-footer-lost": {"department"},
    "us-ocr-builder-caps-inc-i-read-l-preconstruction-space-added-phone-icon-amp": {"department"},
    "au-ocr-software-vv-for-w-in-tidewater-product-design-space-lost-pipe-read-i": {"department"},
    "ie-ocr-medtech-l-for-i-in-corrib-quality-1-for-l-regulatory-dept-pin-q": {"company"},
    # text_cards_blind_dc.yaml (session 20 probe 128, names hard to tell, 21/30 on arrival -> 22): read as shown
    "uk-ocr-caps-double-barrelled-name-pipe-title-one-line-pipe-read-i-o-for-0-i-for-1-postcode": {"name"},
    "uk-professor-honorific-irish-ni-particle-accented-name-pro-vice-chancellor": {"name", "title"},
    "uk-ocr-given-name-hope-small-under-big-logo-legal-footer-dots-qr-caption-lost-o-for-0": {"address"},
    "uk-person-named-barclay-lloyd-at-search-firm-title-dash-practice-dd-label": {"department", "title"},
    "ca-quebec-caps-accented-hyphenated-name-bilingual-title-and-labels": {"title"},
    "ca-ocr-nickname-in-brackets-polish-name-c-and-o-letter-labels-o-read-0-space-lost": {"company"},
    "ca-ocr-name-peng-and-title-run-together-on-one-line-space-lost-l-for-1": {"name", "title"},
    "sg-ocr-malay-name-with-binte-title-above-name-name-split-over-two-lines-comma-for-dot": {"name"},
    # text_cards_blind_cy.yaml (session 20 probe 124, held out to the freeze: 20/30 there, 25 after): read as shown
    "us-ocr-startup-lowercase-wordmark-at-bottom-pronouns-in-name-phone-icon-amp-l-for-1-m-read-rn": {"urls"},
    "us-ocr-transit-authority-acronym-wordmark-full-name-under-hr-generalist-pipe-read-l-address-split": {"company"},
    "ca-ocr-bilingual-transit-english-french-title-and-unit-lines-pipe-read-i-space-lost-0-read-o": {"company"},
    "au-private-school-bursar-finance-operations-t-e-w-a-letter-labels-cricos-footer": {"address"},
    "in-architecture-studio-lowercase-wordmark-ar-prefix-credentials-own-line-coa-footer": {"phones"},
    # text_cards_blind_cz.yaml (session 20 probe 125, held out to the freeze: 23/30 there, 24 after): read as shown
    "us-ocr-global-bank-one-word-wordmark-legal-bank-name-in-body-campus-recruiting-team-floor-l-read-i-zero-read-o": {"company"},
    "us-telecom-lowercase-wordmark-two-units-piped-campus-building-floor-lowercase-o-m-labels-pronouns": {"department"},
    "us-ocr-consumer-goods-ampersand-company-category-region-unit-campus-tower-floor-phone-icon-amp-space-lost": {"department"},
    "ca-provincial-ministry-over-name-division-and-branch-lines-floor-first-address-province-wordmark-at-bottom": {"company", "department"},
    "ca-ocr-quebec-telecom-bilingual-title-pair-bilingual-unit-tour-etage-bur-office-label-space-lost-l-read-capital-i": {"address", "department", "title"},
    "ca-ocr-airline-name-over-two-lines-parenthesised-nickname-people-culture-ops-centre-level-1-read-l-zero-read-o-space-lost": {"address"},
    # text_cards_blind_df.yaml (session 21 probe 131, units hard to tell, 13/30 on arrival -> 18): read as shown
    "us-ocr-biotech-place-named-unit-boston-innovation-hub-l-for-i-phone-icon-ampersand": {"department"},
    "us-childrens-hospital-research-center-unit-split-over-two-lines-mph": {"department"},
    "us-state-agency-department-of-in-company-name-over-two-lines-section-unit-desk-cell": {"department"},
    "uk-nhs-trust-name-over-two-lines-one-word-unit-radiology-above-title-hospital-wing-address": {"department", "title"},
    "uk-ocr-private-bank-unit-named-like-a-company-under-title-o-for-0-regulatory-footer-lost": {"department"},
    "uk-ocr-hospice-caps-team-line-over-name-pronouns-wordmark-at-bottom-space-lost-charity-line-lost": {"department"},
    "ca-ocr-insurer-one-word-caps-unit-underwriting-between-name-and-title-o-for-0-pin-q": {"department"},
    "ca-game-publisher-caps-city-studio-unit-under-wordmark-accents-social-handle": {"company", "department"},
    "ca-ocr-health-authority-program-unit-split-over-two-lines-rsw-zero-for-o-pin-q": {"department"},
    "au-ocr-miner-one-word-abbreviation-unit-hseq-under-title-nickname-l-for-1-space-lost": {"department"},
    "au-ocr-water-utility-place-named-operations-unit-split-in-two-phone-icon-ampersand": {"department"},
    "ie-ocr-college-one-word-caps-unit-admissions-over-name-instagram-handle-rn-for-m-space-lost": {"company", "department"},
    # text_cards_blind_dg.yaml (session 21 probe 132, accented and non-English names, 24/30 on arrival -> 27): read as shown
    "ie-ocr-dublin-bilingual-public-body-irish-name-first-o-h-surname-irish-title-over-english-pipe-read-i-o-for-0": {"company", "name"},
    "ie-ocr-dublin-accountancy-firm-name-with-fada-descriptor-line-aca-name-title-and-team-run-together-o-for-0": {"department", "title"},
    "nz-christchurch-engineers-danish-name-slashed-o-cpeng-postnominals-ddi-mob-logo-and-descriptor-at-bottom": {"company"},
    # text_cards_blind_dd.yaml (session 21 probe 129, held out to the freeze: 18/30 there, 16 on the session's starting code): read as shown
    "us-university-graduate-school-under-wordmark-assistant-dean-phd-building-room-address": {"department"},
    "us-ocr-retailer-division-in-footer-with-address-pipes-read-l-buyer-category-title-l-for-1": {"address", "department"},
    "us-childrens-hospital-department-and-division-lines-above-name-second-unit-line-mph": {"department"},
    "gb-ocr-university-faculty-under-wordmark-school-after-comma-on-title-row-line-split-o-for-0": {"department", "title"},
    "gb-ocr-bank-caps-wordmark-division-under-wordmark-director-comma-title-zero-read-o-comma-in-email": {"department"},
    "ca-federal-agency-bilingual-english-french-lines-branch-under-title-government-of-canada-footer": {"company"},
    "ca-ocr-hospital-program-run-into-title-line-md-frcpc-tel-fax-one-row-o-for-0": {"department", "title"},
    "ca-ocr-university-co-op-programme-unit-split-over-two-lines-unlabelled-phone-l-for-1": {"department"},
    "au-nsw-health-district-government-logo-lines-clinical-service-under-title-p-label": {"company"},
    "ie-ocr-bank-branch-manager-branch-line-not-department-tel-read-tei-eircode-space-lost": {"department"},
    "sg-hospital-member-of-cluster-line-department-after-comma-on-title-row-did-hp-labels": {"department", "title"},
    "sg-ocr-bank-caps-wordmark-s-o-name-unit-in-small-footer-phone-spaces-lost-l-for-1-in-unit-no": {"department"},
    # text_cards_blind_de.yaml (session 21 probe 130, held out to the freeze: 25/30 there, 25 on the session's starting code): read as shown
    "us-high-school-principal-edd-tagline-under-school-district-line-at-foot-bullet-office-fax": {"company"},
    "us-agency-acd-pronouns-after-name-t-e-w-dot-labels-instagram-handle-wordmark-at-foot": {"emails"},
    "uk-ocr-edinburgh-engineers-associate-director-ceng-mistructe-i-read-l-t-and-m-lines-run-together": {"name"},
    "ca-ocr-polytechnic-program-coordinator-school-of-continuing-studies-space-lost-o-for-0": {"department"},
    "in-ocr-hotel-front-office-manager-rooms-division-email-and-web-run-together-o-for-0-in-pin": {"company"},
}


UNSTEADY = {
    # read right after some retrains of the labeller and wrong after others (not strict, so a retrain that
    # flips it needs no edit here); each is a cause worth fixing for good
    "uk-welsh-bilingual-university-professor-head-of-school-campus": "Welsh and English lines: the name, title and "
                                                                     "department are found after some retrains only",
    "gb-scots-law-firm-long-name-direct-assistant-reception-team-by-address": "a team over the address: its department "
                                                                              "and address scores tie after some retrains",
    "us-federal-bureau-office-branch-crest-garbage-ms-main-direct": "a 'Branch' under an 'Office of ...' unit, both "
                                                                    "weakly scored, is kept after some retrains only",
    # a team right under the title that no lexicon knows, scored weakly by every label: read as the
    # department after some retrains only
    "gb-insurer-ta-partner-contact-column-first-l-for-1-phone-and-postcode": "'Technology & Change' under the title",
    "uk-solicitors-partner-practice-area-ddi-mobile-switchboard-sra-footer": "'Employment Law' under 'Partner'",
    "us-utility-district-engineer-pe-ms-columns-merged-rn-in-email-photo": "a section under the department",
    "au-law-address-first-name-pipe-title-smallprint": "a practice group under a piped title",
    # other lines that flip with retrains
    "us-ocr-electrician-owner-slash-title-bullets-as-e-unlabelled-phone-I-for-l-email": "a service list with its bullets "
                                                                                         "read 'e' taken for a department",
    "uk-executive-principal-academy-two-line-name-part-of-trust-principals-pa": "a two-line school name, its second "
                                                                                "line scored weakly",
    "nz-real-estate-licensed-salesperson-branch-line-mob-first-shop-address-reaa-footer": "'Residential Sales' over the "
                                                                                          "name scores as a name",
    "us-games-studio-senior-producer-two-line-wordmark-project-dash-unlabelled-plus1-linkedin": "'Live Operations — "
                                                                                                "Project Thornfall'",
    "us-saas-lowercase-wordmark-team-line-mobile-pipe-email": "'Platform Infrastructure' under the title",
    "uk-university-two-line-wordmark-business-school-room-campus-t-e-labels": "'Kingsmere Business School' under the "
                                                                                 "title, scored weakly",
}


def _with_known_gaps(cards, gaps=KNOWN_GAPS):
    return [pytest.param(card, id=card.id, marks=pytest.mark.xfail(strict=True, reason=gaps[card.id]))
            if card.id in gaps else
            pytest.param(card, id=card.id, marks=pytest.mark.xfail(strict=False, reason=UNSTEADY[card.id]))
            if card.id in UNSTEADY and gaps is KNOWN_GAPS else pytest.param(card, id=card.id) for card in cards]


@pytest.mark.parametrize("card", _with_known_gaps(CARDS))
def test_every_field_of_the_card_is_read(card):
    contacts = parse_card(card.page, default_region=card.region)
    assert contacts, "no contact at all"
    result = {"image": card.id, "contacts": [contact_to_dict(contacts[0])]}
    scored = score_card(card.id, as_label(card.expect), result)
    wrong = {name: scored.errors[name] for name in FIELDS if name in scored.errors}
    assert not wrong, f"{card.id}: (expected, got) per wrong field: {wrong}"


@pytest.mark.parametrize("card", _with_known_gaps(CARDS, KNOWN_TYPE_GAPS))
def test_phone_types_follow_the_printed_labels(card):
    contact = parse_card(card.page, default_region=card.region)[0]
    got = {p.number: p.type for p in contact.phones}
    for phone in card.expect.get("phones", []):
        if phone["number"] in got:
            assert got[phone["number"]] == phone["type"], phone


@pytest.mark.parametrize("card", [card for card in CARDS if card.id in KNOWN_GAPS], ids=lambda card: card.id)
def test_a_known_gap_goes_wrong_in_no_other_field(card):
    """The known gaps are expected failures, which would hide a new error in
    another field of the same card: that one fails here."""
    contacts = parse_card(card.page, default_region=card.region)
    result = {"image": card.id, "contacts": [contact_to_dict(contacts[0])] if contacts else []}
    scored = score_card(card.id, as_label(card.expect), result)
    wrong = {name for name in FIELDS if name in scored.errors}
    assert wrong <= GAP_FIELDS[card.id], f"newly wrong: {sorted(wrong - GAP_FIELDS[card.id])}"
