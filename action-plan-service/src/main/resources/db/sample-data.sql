-- Sample data for the local run only: loaded at start when ppo.sample-data.enabled=true (common SampleData).
-- Idempotent: fixed ids, ON CONFLICT DO NOTHING. Figures are the real ones from the domain notes.
-- Issue 23, item 8 (source 001): the East Sussex Community Safety Agreement 2010/11 as source 001 writes it
-- (docs/sources/001_1bd284bbf6da394a.txt): its ten priorities with what and why, hotspots,
-- achievements, plans and outcomes, and every action table: codes and action texts as written, milestones with their
-- completion dates ("TBC" included), leads as organisation and job title (personal names replaced by job titles), costs
-- as written. Priority codes the source does not give: R/L (alcohol: actions R and L), YC (youth crime), CC (confidence).
-- Made by reading the source; SourceAgreementTest checks every action code and text against it.
INSERT INTO plan (id, title, partnership, financial_year, status, version, created_at, created_by, approved_by, approved_at) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'East Sussex Community Safety Agreement 2010/11', 'East Sussex', '2010/11',
     'APPROVED', 0, now(), 'sample-data', 'sample-data', now())
ON CONFLICT DO NOTHING;

INSERT INTO priority (id, plan_id, code, title, what_and_why, outcomes, hotspots, achievements, plans, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0102', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'CH', 'Targeted Action in Crime Hotspots',
     'The partnership aims to work together to focus activity in high risk neighbourhoods to better address the needs of these communities.

East Sussex has a comparatively low rate of crime. During 2009/10 the total reduction in crime was 9% compared to the previous year
. However, we know that where crime does take place it can have a negative impact on individuals and communities.

In order to build a safer East Sussex we will focus partnership activity in priority high risk neighbourhoods to ensure that we tackle the key issues for our communities who are experiencing the most crime in East Sussex.',
     'Residents in high crime hotspots in East Sussex will benefit from targeted activity to tackle problem crimes in their local area.',
     NULL,
     'There are many examples of targeted activity that has taken place in East Sussex with the aim of making high crime areas safer.

Operation Marble targets Friday night assault hot spots across East Sussex and in particular Hastings and Eastbourne. This operation is funded partially by partners, and has helped bring down levels of assault in these areas.

A drug intervention programme in Hastings has successfully targeted people in custody with drug problems and provided help with rehabilitation.

In partnership with the Eastbourne Crime Reduction Partnership, Sussex Police run Operation Blitz. Operation Blitz is a Police scheme aimed at reducing anti-social behaviour involving young people and forming strong links with the communities who suffer from this behaviour. A dedicated team of police officers and police community support officers use a van equipped with CCTV to travel to hot spot problem areas and conduct foot patrol and interact with young people.',
     'Within each of our community safety priorities for the coming year we have identified if there are clear actions that we need to take in hotspot areas. These actions will be monitored quarterly through the partnership monitoring report.

Through the partnership review process we will identify the mechanisms that the partnership will use to focus on responses to emerging issues and crime hotspots. This process will be supported by six monthly monitoring of our data on hotspots which the Resources and Performance group will monitor.

We will also look to co-ordinate information and advice about services for households in identified hotspot areas.',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'R/L', 'Reducing the Harm Caused by Alcohol Misuse',
     'Our overall aim is for partner agencies to work together to minimise the health harm, violence, crime and anti-social behaviour associated with alcohol for individuals, families and communities, while ensuring that people are able to enjoy alcohol safely and responsibly.

The East Sussex Drug and Alcohol Action Team (DAAT) has identified National Indicator (NI) 39, Rate of hospital admissions per 100,000 for alcohol as a local priority for partners.
National Indicators specifically related to the misuse of alcohol also include (NI) 115 Substance Misuse by Young People and (NI) 41 Perception of drunk or rowdy behaviour as a problem. Other relevant NIs are: (NI) 19 Rate of proven re-offending by young offenders, (NI) 20 Assault with injury crime rate, (NI) 30 Re-offending rate of Prolific and Priority Offenders, (NI) 47 People killed and seriously injured in road accidents, (NI) 120 All-Age all cause mortality rates and (32) Repeat incidents of domestic violence.

Alcohol is a contributory factor in a number community safety issues; including anti-social behaviour; assaults; sexual offences; domestic violence; people killed and seriously injured in road accidents; and community perception and the fear of crime. The following headlines taken from an assessment of the impact of alcohol in East Sussex illustrate the nature and range of issues that alcohol has locally. Alcohol misuse in East Sussex:

• costs the local health service over £15.5 million per year

• costs the criminal justice system over £21 million per year

• leads to 368,000 working days lost from the workforce

• leads to 222 sexual assaults per year
• 20% of people killed or seriously injured in Sussex involved one or more parties having consumed drink or drugs.
The East Sussex Joint Strategic Needs Assessment on Alcohol highlights three key factors which need to be taken into account when planning any response to alcohol misuse in the county:
1. East Sussex is part of a region which, despite having lower levels of hazardous and harmful drinking has significant numbers of dependent drinkers.
2. Parts of the county have drinking patterns which are among the highest in the country.
3. Significant levels of drinking among young people.

DAAT figures for October 2008 to September 2009 demonstrate that there were 415 young people in substance misuse treatment. Approximately half declared alcohol as their primary drug. Over 74% of all young people in treatment at July 2009 were misusing alcohol.

By effectively tackling alcohol misuse, our ultimate objective is to combine the efforts of individuals, communities and agencies to promote safer and healthier lives and to prevent and overcome some of the devastating effects of alcohol misuse on our communities.',
     '· partnership initiatives will build a safer night-time economy and promote culture of more sensible drinking, preventing people from becoming vulnerable to crime

· harmful drinkers will gain more help to change their drinking patterns to improve their physical and mental health and to address alcohol related offending behaviour
· additional investment of over a £1million in alcohol treatment and newly commissioned services will ensure more rapid and easier access to help, advice or treatment

· further development of a whole family response to alcohol issues will protect children and, where appropriate, keep family units together
· promotion of alcohol communications will ensure that people know the effect of drinking on their health and wellbeing and where to go for advice and support

· improved data collection and information sharing regarding alcohol will help to better coordinate planning and prevention initiatives',
     'The East Sussex Local Alcohol Profile and Joint Strategic Needs Assessment on Alcohol highlight the local authority areas where alcohol causes the highest harm.

Although East Sussex has a better than national average rate of  young people reporting no alcohol use, it also has a 1% worse than national average reporting of young people getting drunk once within the last four weeks.
Higher numbers of young people in Eastbourne and Hastings present to A&E with alcohol specific conditions than elsewhere in England or the South East and Rother records high rates of alcohol specific admissions for females aged less than 18.
There are also hotspot areas within wards where initiatives will be focused. Estimated binge drinking levels for persons aged 16+ are highest in several wards in Hastings and Devonshire in Eastbourne but also significantly above average in Newhaven Valley, Lewes, and Crowborough East, Wealden.

Young People’s treatment services are facing significant reductions in treatment allocation funding over the next two years. Retaining current service provision in respect of these reductions presents immense challenges. Alternative funding sources are currently being investigated. The work around youth substance misuse services in 2010/11 will be subject to a review of roles and responsibilities within Targeted Youth Support services, in line with emerging national guidance.',
     'The East Sussex Alcohol Harm Reduction Strategy 2009 to 2012 was published in 2009 and sets the strategic direction for the next three years.
Local priorities around alcohol related harm have been identified in key local plans such as Strategic Assessments, Community Safety Agreement, Policing Plans, Primary Care Trust and Local Authority Joint Strategic Needs Assessments, East Sussex Commissioning Strategy for Adult Alcohol Misuse, Pride of Place – the East Sussex Sustainable Community Strategy and Local Area Agreement or Children and Young People’s Plans.  The East Sussex Alcohol Strategy shares these priorities and seeks to find ways in which they can be joined up.
The Strategy has been awarded a Strategy Kitemark by Alcohol Concern. The Kitemark recognises that the East Sussex Strategy is of a high standard and sets out comprehensive partnership plans to reduce any alcohol problems in the county.

Actions that have been achieved in year one of the strategy and will be sustained throughout the strategy are:

· Reduced underage sales by targeting anti-social behaviour through joint targeted operations (e.g. Operation Blitz)

· Reduce underage sales by implementing test purchasing
· (18-24 year old binge drinkers) Continue with and evaluate Operation Marble approaches which focus on early intervention, high visibility patrols and dispersal in hot spot areas

· (18-24 year old binge drinkers) Support CDRPs to identify and apply in partnership for additional funding streams to promote the use of Safe Spaces in the night time economy
· (Harmful drinkers) Continue to promote opportunities for identification and brief advice, while improving service infrastructure and provision
· (Joint Planning) Through the Alcohol Steering Group communicate best practice initiatives and updates to and from the GOSE Regional Alcohol Forum
A multi-agency Young People’s Alcohol Arrest Referral service was piloted in East Sussex in 2009/10. Between May 09 and December 10 the service provided interventions to 103 young people identified as under the influence of alcohol at the time of offence. Of this number approximately one third were referred directly from custody.

· Funding for this pilot from the Home Office will cease at the 2009/10 year end, and, to date, no alternative funding for this project has been secured.
A new referral pathway has been established at A & E in response to the high levels of under 18 alcohol related hospital admissions. This has resulted in the notification of 23 young people to a specialist nurse since September 09.',
     'The East Sussex Alcohol Harm Reduction Strategy 2009-2012 addresses the overall impact of alcohol under five themes;

1. Harmful drinkers- helping harmful drinkers to change their drinking patterns to improve their physical and mental health and to address alcohol related offending behaviour.
2. 18-24 year old binge drinkers- building a safer night-time economy and promoting a culture of sensible drinking to prevent people from becoming vulnerable to crime.

3. Young people under 18 who drink alcohol – preventing young people under 18 gaining access to alcohol and helping those who are at most risk of harm from alcohol misuse access appropriate services.

4. Families- delivering a whole family response to the issue of alcohol.

5. Joint Planning to tackle alcohol misuse –building on existing partnership arrangements to improve alcohol related data, communications and future planning.',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0104', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'VC', 'Preventing and Reducing Violent Crime',
     'The partnership aims to prioritise actions which will reduce the risks of violent crime occurring, bring those who commit violent crime to justice and reduce the impact of violent crime on victims and communities, particularly for those violent crimes where repeat victimisation is a feature.

Violent crime includes a wide range of offences, including assault, robbery homicide and serious wounding, offences involving weapons, domestic violence, hate crime and serious sexual offences including rape. These offences account for 21.9% of all crime recorded in East Sussex.

The most serious violent crimes are rare: together they account for less than 1%
 of all reported crime in the county. Yet when they do occur they cause significant harm, both to individual victims and their families in terms of physical injury and psychological trauma, and to society more widely in terms of fear.

Nationally, the risk of becoming a victim of any crime has fallen steadily over recent years, but when it does occur, it is traumatic and distressing.

In East Sussex

· All districts have seen a reduction in the number of reports of Assault with Less Serious Injury
 (NI20) in the 12 months to December 2009

· Most Serious Violence
 crime rates (NI15) worsened in the year end to December 2009 in Lewes, Wealden, Hastings and Eastbourne

· Population surveys of perceptions indicate that over three quarters of respondents feel safe in their local area during the day, whereas between 39% and 72% feel safe after dark. There are greater numbers who reported feeling unsafe after dark in the towns of Eastbourne and Hastings.',
     NULL,
     'There are higher rates of incidence of many violent crimes in the populous towns of Eastbourne and Hastings, in particular violent crime linked to the night time economy.

Work undertaken in relation to the Strategic Intelligence Assessment (SIA) outlines the wards in the county where the largest numbers of crimes per 1000 population were reported. The highest priority wards are in Hastings, Eastbourne and Lewes.

Whilst there are increased rates of reported domestic violence in Eastbourne and Hastings, compared to more rural areas, it is not known whether this accurately reflects incidence.

Public Place Violent crime, linked to the night-time economy occurs earlier in the night and more often in the larger coastal towns. Operation Marble is deployed to address these variations.',
     'Throughout 2009, partners have achieved the following:

· Increased reporting of domestic violence

· Assault with Less Serious Injury
 (NI20) rates down by 12%

· All Sexual Offences
 have seen a reduction of 8%, while Serious Sexual Offences
 have fallen by 4%

· Robbery of Business
 down by 16%

· Introduction of multi-agency data system across key agencies supporting victims of domestic violence

· A strengthened, more consistent multi-agency approach to promoting the safety of the highest risk domestic violence victims through Multi Agency Risk Assessment Conferences

· The introduction of an Independent Sexual Violence Adviser and the development of protocols with SARC

· The identification of high and medium priority hotspots across the county for crime and ASB Signal Incidents',
     'The partnership will focus on the production of a joint commissioning strategy, informed by a broad ranging needs assessment, to improve consistency of service delivery and ensure that approaches to prevention, protection and service provision are re-focused on the needs of East Sussex residents.

Multi Agency Risk Assessment Conferences will be reviewed against best practice guidance to improve the protection of those most at risk from domestic violence.

Domestic Violence training to a range of front line professionals will build upon the successes in increasing the identification of domestic violence and interventions to reduce repeat incidents.

The Partnership will review approaches to managing those who are repeatedly violent in public places in order to make town centres safer during the hours of darkness.

The findings of the Strategic Intelligence Assessment will be reviewed and a further assessment produced.',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0105', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'RS', 'Improving Road Safety',
     'The partnership aims to reduce the number of deaths and serious injuries resulting from road crashes in East Sussex.

The East Sussex Local Area Agreement 2008-11 identified National Indicator (NI) 47, people killed and seriously injured (KSI) in road accidents as a local priority for partners.

The greatest costs of serious and fatal accidents are the loss of lives and the trauma and impact on families and friends, on other people involved in the accident and even on emergency services and other agencies involved with an incident.

The monetary cost of more serious accidents is also judged as high.  A Department for Transport study assesses the value of preventing injuries in monetary terms.  In broad terms, preventing each fatality (adjusted by the author for 2007 prices) may save £512,549 in lost output, £977,555 in ‘human costs’, £877 in health and ambulance costs and £1733 cost to the police.  Preventing each serious injury may save £19,752 in lost output, £135,831 in human costs, £11,964 for health and ambulance and £240 cost to the police

East Sussex had the highest rate of overall KSI and third highest rate of child KSI when compared to other similar areas
. East Sussex also has the third highest rate of road traffic incidents reported per 1000 residents compared to 15 other areas for January to March 2009
.

The rate of KSI casualties per million vehicle kilometers for East Sussex was 9, almost twice the average of 4.6 for the South East region and above the average of 5.5 for England as a whole.

The provisional totals for the whole of 2009 shows that overall Killed and Seriously Injured (KSI), child KSI and fatal casualties are down this calendar year compared to 2008. Young diver casualties also reduced by 10% in 2009 compared to 2008.

However the provisional rolling 3 year average for Killed or Seriously Injured up to quarter 3 in 2009 was above our target for National Indicator 47.

In the Community Safety in Your Area Survey 2009 (CSYA 2009) respondents thought that road safety was the second most important crime type to tackle. In the Your Local Area Survey 2009 respondents thought that road safety was the third most important type to tackle.',
     'To make the roads of East Sussex safer and reduce the number of deaths and serious injuries resulting from road crashes in East Sussex.',
     'Wealden recorded the highest volume of all KSI and of child KSI casualties in Sussex, and indeed the South East region in 2008. The district also came 16th out of all districts and boroughs in England and Wales for overall KSIs.

The result may partly be influenced by the size of the area, the population, and by the number and length of roads. Other contributing factors could be the type of roads and the frequency of use by commuters, tourists and other road users, such as motorcycle enthusiasts. The district records 3.63% of all KSI casualties in the South East, with only 1.71% of the population of the region. Wealden performed substantially better in relation to child KSIs and other categories of collision, suggesting that the size of the district is not the only factor leading to the high figures.

Rother has the second highest volume of overall KSIs. Overall, rural areas in East Sussex recorded 83% of fatal casualties and 63% of serious casualties in 2008.

Data also shows that 42% of all KSI collisions involving the offending vehicle were driven by someone over the age of 70. This may reflect the ageing demographic of East Sussex. Around a fifth of these collisions across Sussex involved motorcyclists as the second vehicle and so the vision/perception of some elderly drivers may be a potential issue.',
     'The provisional totals for 2009 show a reduction compared to 2008 in Killed and Seriously Injured (KSI), Child KSI and fatal casualties.

Work which has taken place in 2009/10 includes:

· Cycle training delivered to 3000 children

· Pedestrian training delivered to over 4000 children

· Driver improvement training delivered on behalf of Sussex Police to 150 clients

· Speed awareness training delivered on behalf of Sussex Police to over 3000 clients

· Other driver training courses delivered to over 700 clients, the majority of whom are county council staff

· School travel plans approved in all of the local authority’s 194 schools

· School crossing patrols provided at 90% of eligible sites.',
     'East Sussex Casualty Reduction Steering Group is a new multi-agency group which will address issues of road safety with appropriate initiatives. The work will help focus partnership activity to reduce the number of victims recorded on the roads of East Sussex. Areas of work for the group include a range of education and publicity campaigns targeting all drivers, young drivers, older drivers and high mileage drivers; work will also focus on excessive speed and seat belt use; enforcement activity where Sussex Police will focus on mobile phone use and drink driving; and engineering work with East Sussex County Council and the Highways Agency which will focus on high risk routes and truck roads.
The East Sussex highway teams have started a two-year programme (from April 2010) of maintenance work on the county’s road network, worth more than £23 million. The emphasis will be on improving the condition of the worst roads in East Sussex.
We will also be looking to improve the co-ordination of road safety work in schools between key agencies such as Sussex Police, East Sussex County Council and East Sussex Fire & Rescue Service. This will help to ensure that partners’ input in schools is co-ordinated and that schools in areas with particular road safety issues are targeted.
The Casualty Reduction Steering Group will work alongside the Local Area Agreement delivery plan and Sussex Safer Roads Partnership (SSRP). Partners will aim to reduce the number of deaths and serious injuries resulting from road crashes in East Sussex.',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'AR', 'Reducing Adult Re-Offending',
     'Our overall aim is to reduce repeat offending by individuals in East Sussex. By delivering interventions to offenders for the purpose of reform we seek to change their behaviour, reduce re-offending and the harm caused by re-offending.  By tackling the social exclusion faced by many offenders and their families, we can help them to re-establish themselves and contribute back to society. Fewer offenders mean fewer victims and safer communities.

The East Sussex Local Area Agreement 2008-11 identified the following NIs as a local priority for partners.
· (NI) 30, re-offending rate of prolific and priority offenders

· (NI) 19, rate of proven re-offending by young offender
 Work to address (NI) 19 is covered in the youth crime prevention section on page 64.
The main national indicator linked to adult re-offending is (NI) 18 adult re-offending rates for those under probation supervision. Other NIs which also support the reducing re-offending agenda, include (NI) 143 the percentage of offenders under probation supervision living in settled and suitable accommodation at the end of their order or licence, (NI) 144 the percentage of offenders under probation in employment at their end of their order or licence. (NI) 38 Drug related offending

Over 50% of offences are committed by offenders who have already been through the criminal justice system. By intervening with this group we seek to reduce crime, reduce the fear of crime and to provide justice for local communities.

The Crime and Disorder Act 1998 (section 17) places a requirement on local authorities to consider crime and disorder reduction in the exercise of all of their functions. The Review of the Crime and Disorder Act in 2006 widened section 17 responsibilities to include the consideration of anti-social behaviour and substance misuse. From 1st April 2010 all bodies listed under section 17 of the Crime and Disorder Act will be required to consider reducing re-offending in the exercise of their functions. This legal requirement applies to youth and adult re-offending.

In December 2009, the Government published its national delivery plan for improving the health outcomes of offenders, Improving Health, Supporting Justice. This details how offenders are subject to considerable health inequalities and are much more likely to experience mental health problems or have learning disabilities, and are more likely to have problems with drugs and alcohol. Better partnership working, aligning performance frameworks, workforce training, improving access and developing commissioning are all key themes of the delivery plan which highlights that improving outcomes for offenders is important both in terms of reducing re-offending rates and for successful rehabilitation.

In 2009 NHS East Sussex, Downs and Weald created a new commissioning role encompassing both prison and offender health. Work has begun on producing an East Sussex strategy for improving the health of offenders.
Integrated Offender Management is the overarching framework that brings together statutory and third sector agencies involved with adult crime reduction in East Sussex, to prioritise intervention with offenders who cause the highest harm in their locality. This approach recognises that offenders should be punished for breaking the law but must be given the opportunity to reform and turn away from crime and in doing so take responsibility for their behaviour. IOM builds on and expands our current offender focused interventions, which include:

· Prolific and Other Priority Offender schemes (PPO)

· DIP (Drugs Intervention Programme)

· Multi-agency Public Protection Arrangement (MAPPA)

In targeting those offenders of most concern to their communities, IOM seeks to manage them consistently using pooled resources. Offenders identified as high risk of harm and re-offending are in scope. The intensity of management in each case relates directly to the severity of risk, irrespective of position within the criminal justice system or whether this is statutory or non statutory.

Offenders who are sentenced to less than 12 months in prison are not subject to statutory supervision on release. There is national evidence that the re-offending rate for people sentenced to less than 12 months is over 70%.

Protecting a child from harm is of paramount concern to all agencies. Section 11 of the Children Act 2004 places a statutory duty on a range of organizations to make arrangements to ensure that they take measures to safeguard and promote the welfare of children. This includes criminal justice agencies. The “Think Family” national agenda places the onus on any professional who is working with an individual to ensure they have considered the needs of the whole family, including safeguarding needs, and to provide support to help the family meet its needs. During 2009-10 Sussex Area Probation commenced work to investigate the impact and current service provision for the children and families of offenders subject to supervision in the community. A further priority is to explore the response to the family’s needs when an offender is imprisoned.',
     '· A needs assessment and Joint Commissioning Strategy will underpin the establishment of IOM in East Sussex

· Co-locating offender management and key wraparound services will ensure offenders’ needs will be met holistically and there will be better communication regarding offender progress and needs

· Establishing better links with neighbourhood police will ensure offenders not complying with licence conditions are swiftly identified and this is addressed

· Adopting a ‘think family’ approach will safeguard children and vulnerable adults

· Engaging courts and the judiciary will ensure offenders are diverted away from short sentences into IOM

· Continuation of POAL schemes will reduce the likelihood of an offender losing housing whilst in prison or having no fixed abode upon release.',
     'The partnership will undertake an offender needs assessment. Part of this assessment will review offending and crime data to build offender profiles and better understand the nature of offending in localities. This data will be used to target those neighbourhoods and families with high concentrations of offending, offenders and deprivation to seek to intervene early and prevent offending and re-offending.',
     'The focus of partnership work to reduce adult re-offending in East Sussex has historically been on PPOs and DIP. An East Sussex Strategic PPO Management Group is well established and is responsible for managing the scheme and ensuring the delivery of targets identified in an action plan linked to the Local Area Agreement target (NI) 30:

· The (NI) 30, Re-offending Rate of PPOs, LAA target for 2008/09 was to reduce the offences of an identified cohort of PPOs by 20%. This has been exceeded by more than double, reducing the offences from 366 to 197 - a 46% reduction. The (NI) 30 target for 2009/10 is to reduce the offences for all East Sussex PPOs by 22%. The first quarter results for this demonstrate the partnership is on target.
However, during the last year the PPO scheme has identified a number of challenges, these include:
· Lack of readily available suitable accommodation

· Difficulties in access to services on prison release in the absence of a confirmed discharge address

· Enforcement of exclusions contained within Licence conditions

Performance in respect of other NIs:

· (NI) 18 – Rate of Proven Re-offending by Adults under Probation Supervision. The most recent cohort, July 08 to June 09, was 4521 adult offenders. The predicted rate of re-offending was 8.04% and the actual rate of re-offending was measured as 6.99%, 13.07% less than the baseline.
· (NI) 16 Serious Acquisitive Crimes - The number of crimes recorded during this rolling 12 month period has reduced across East Sussex by 7% (335 crimes) when compared to the previous rolling year.

· (NI) 38 Drug Related Offending - The volume of offences committed by a cohort of substance misusing offenders in the 12 months following identification in the cohort is better than expected at 0.73, (less than 1 is positive and better than the predicted outcome).

Improvement areas likely to impact on re-offending rates include:

· Take up of referrals from prison drug teams (CARATs) to community drugs teams (CJITs)

· The join up of community and custodial alcohol services

· A lack of clear assessment and referral pathways for offenders with mental health problems from point of arrest through to sentence.
During 2009 HMP Lewes and Hastings Borough and Lewes District Housing Services have run pilot programmes known as Prevention of Offender Accommodation Loss (POAL). POAL programmes target housing advice and intervention towards offenders serving less than twelve months, to reduce the likelihood of losing accommodation whilst in prison or to help seek accommodation on release for those who were homeless when they entered prison. The East Sussex schemes received a total of 133 referrals between March 2009 and September 2009. Of the prison releases within these dates only 4 people returned to the community with non settled accommodation on release and of these, only one was released with no fixed abode.

There is no such scheme for women prisoners at HMP Bronzefield. This service is not available for offenders from Eastbourne, Rother or Wealden.',
     'An overall Reducing Reoffending Board will be created. Its purpose will be to oversee and steer the different strands of work that are related to the partnership’s National Indicator priorities and likely to impact positively on offending and reoffending. This group will oversee the work of the IOM Project Group, PPO Operational Group and DIP Intensive Project Group.

Sustained priorities:
· Reduce the proportion of PPOs who re-offend

· Respond to the findings of Improving Health, Supporting Justice and the East Sussex JSNA on offender health to produce a partnership East Sussex Strategy for improving the health of offenders

· Investigate how the Probation Service in East Sussex can routinely assess the impact of adult re-offending on the family and what interventions they may be able to provide in partnership as part of sentencing plans.
New priorities:

· Improve monitoring and enforcement of community orders via link to community police neighbourhood officers with the further objective to include enforcement of exclusions contained within Licence conditions e.g. from licensed premises

· Extend the POAL scheme to all  East Sussex offenders held at HMP Lewes and develop a means of providing a similar service to women offenders held at HMP Bronzefield

· Improve offender access to stable and supported housing through IOM developments and the Offender Housing Needs Strategy Group.
· Undertake as part of an offender needs assessment an offender profiling exercise to better understand the nature of offending in localities

The development of IOM in East Sussex is a key priority for the partnership and sits alongside the partnership’s plans to introduce DIP intensive status in Hastings. Detailed below are steps that will be taken in order to establish IOM in East Sussex. Offenders’ needs will be mapped, highlighting gaps in services for offenders and developing profiles of re-offenders to better understand their drivers. A commissioning strategy and year one project plan will use this information to set out the longer term objectives:
· Further incorporate offender management data into the partnership strategic assessment process.

· Identify the offender groups who we will target for the delivery of Integrated Offender Management and develop a performance framework which measures the quantative and qualitative impact of managed interventions.
· Identify ways that services offered to those PPOs on probation may also be extended to help those not subject to probation supervision but who similarly pose the greatest risk of re-offending in the community.

· Strengthen our partnerships by co-locating services  to improve the availability and access to housing; drug and alcohol treatment; health trainers, education, employment and training; benefits for adult offenders; and support for children and families.

· Establish co-located IOM teams on sites in Hastings and Eastbourne.
· Develop consultation processes with service users which can be used to inform the reducing re-offending strategic plan.
· Engage Courts and the Judiciary in IOM to examine the case for the court review of more complex cases in the IOM cohort, in this way enhancing judicial and public confidence in the scheme.
· Ensure mentoring will be available to offenders who form part of the IOM cohort prior and subsequent to their release from prison
The Corston Report on the Review of Women with Particular Vulnerabilities in the Criminal Justice System sets out a series of recommendations for reform of the way in which women experience criminal justice. The partnership will consider the needs of women within the needs assessment process and with a view to creating an IOM cohort of female offenders serving less than 12 month sentences.',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0106', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'D', 'Reducing the Harm Caused by Drugs',
     'Our overall aim is to reduce the harm caused by illegal drugs to communities, individuals and their families. Work to reduce drug misuse is complemented by action to restrict the supply of illegal drugs and to diminish the demand for them.
The East Sussex Drug and Alcohol Action Team (DAAT) has identified the following National Indicator as a local priority for partners:

(NI) 40, Numbers of Drug Users Recorded as Being in Effective Treatment

A further ambition for the partnership is to increase the proportion of people who leave treatment in a planned way. Local drug partnership priorities linked to drug strategy delivery also include;

· increasing the proportion of people in contact with the criminal justice system leaving treatment in a successful way

· increasing the numbers of primary care practices delivering treatment within a commissioned service model.

National indicators linked to the harm caused by drugs also include:

(NI) 38, Drug Related Class A Offending

(NI) 42, Perceptions of Drug Use or Drug Dealing as a Problem.

This chapter should be read in conjunction with the Serious Acquisitive Crime, Adult Re-offending and Youth Crime sections of this document in particular.

The impact of drug misuse can be far reaching, affecting many areas of personal, public and community life. These include physical and mental health, relationship difficulties and family breakdown. Residents’ perceptions of their area can be affected which in turn may reduce their quality of life.

Drug misuse, particularly of Class A drugs (heroin, cocaine/crack) is associated with crime and offending. Key strands of Public Service Agreement 25 are commensurate with this priority.
Drug misuse is a contributory factor in a wide range of community safety issues; including domestic burglary, vehicle crime, theft from a person, robbery, shoplifting, domestic violence, anti-social behaviour, community perceptions and the fear of crime. Costs to the criminal justice system associated with drug misuse are high.
Nationally, work to deliver policies and interventions that concentrate on the most dangerous drugs, the most damaged communities and problematic drug users is set out in the National Drug Strategy Protecting Families and Communities 2008 -2018. The ten-year drug strategy aims to restrict the supply of illegal drugs and reduce the demand for them. It focuses on protecting families and strengthening communities.

The four strands of work within the National Drugs Strategy are:

1. Protecting communities through tackling drug supply, drug-related crime and anti-social behaviour

2. Preventing harm to children, young people and families affected by drug misuse

3. Delivering new approaches to drug treatment and social re-integration

4. Public information campaigns, communications and community engagement

The aims of the strategy are delivered locally through:

· East Sussex Adult Drug Treatment Plan

· East Sussex Young Persons Treatment Plan

· Sussex Substance Misuse Workforce Development Strategy

· Sussex Police Reducing Supply Strategy

· NHS Drug Commissioning Strategies

The East Sussex Drug and Alcohol Action Team (DAAT) brings together representatives of all the local agencies involved in tackling the misuse of drugs and alcohol including the NHS, the Local Authorities, the Police and the Probation Service and forms part of the wider Safer Communities Partnership. In East Sussex the DAAT support team is incorporated into the Safer Communities Team which is part of East Sussex County Council.

 There are clear links between drug misuse and income-generating crime. Estimates suggest that around half of all recorded crime in the UK may be drug related. A significant percentage of acquisitive crime is committed by illicit drug users not receiving treatment:

· There are an estimated 1865 Problem Drug Users living in East Sussex. An estimated 337 of this number have not been in contact with treatment services within the last 2 years. An estimated 51% of this number are using crack.
· Young Person’s treatment numbers are high in East Sussex. This reflects the local achievement in relation to the integration of this agenda within universal and targeted services. DAAT figures for October 2008 to September 2009 demonstrate that there were 415 young people in treatment. Approximately half declared alcohol as their primary drug.',
     '· Adopting a ‘think family’ approach will safeguard children and vulnerable adults

· Acquiring ‘DIP intensive’ status in Hastings and Rother  will increase the numbers of drug users in treatment and result in a reduction in crime

· Improving transition between prison and community services will ensure drug users receive end to end treatment at no matter what point in the criminal justice system and reduce the likelihood of relapse
· Investigating unplanned CJIT treatment exits will improve client retention in treatment and treatment outcomes
· Further developing care pathways for people leaving treatment will improve reintegration of former drug users and prevent relapse
· Developing responses to areas where perceptions of drug use and dealing are high will improve public confidence and quality of life
· Responding to the issue of unclassified drugs by educating young people and enforcing illegal sales will enable our community to make informed and sensible decisions about potentially dangerous substance use',
     'Local priority areas linked to drug strategy delivery include:

1. Offender-based interventions

2. Think Family

3. Perceptions

4. Recovery and Reintegration

Unclassified Substance Misuse

In March 2009, the Advisory Council on the Misuse of Drugs (ACMD) was commissioned by the Government to look at the harms and availability of psychoactive substances that are not currently controlled by the Misuse of Drugs Act 1971, and therefore are legal to possess.   As a result of this process, several substances were made illegal to possess under the 1971 Act. These are GBL, BZP and synthetic cannabinoids, such as those found in “Spice” (and their like chemicals).

The Under 19s Substance Misuse Service has been monitoring the numbers referred into the service since December 2009 from a baseline of zero using Mephedrone. The service is currently receiving one new referral per week. Mephedrone was made illegal to possess in April 2010 and is classified as a Class B drug under the Act.

There are, however, substances not currently controlled by the Misuse of Drugs Act that are used for psychoactive purposes in East Sussex and it is likely that new substances will replace those that are criminalized. The Under 19’s SMS will continue to monitor trends in drug use by young people and report on emerging substance misuse to gauge the level of response required.

1. Offender-based Interventions

Local delivery of offender based interventions such as Drug Interventions Programme (DIP); Prolific and Other Priority Offender (PPO) and Drug Rehabilitation Requirements (DRR) play a significant role in reducing the number of convictions of drug misusing offenders.
The Drug Interventions Programme is a national programme that works to move people out of crime and into treatment. There are DIP ‘intensive’ (high crime) and ‘non-intensive’ (comparatively less crime) areas. In common with much of the South East, East Sussex is a non-intensive DIP area. Powers introduced under the Drugs Act 2005 enable Intensive DIP areas to test for Class A drugs when a person is arrested for certain crimes. A positive test will result in a referral to drug treatment services for a compulsory assessment.

Within East Sussex, DIP has been closely aligned with the PPO scheme. The introduction of Integrated Offender Management is a key partnership priority for 2010, aiming to target interventions to offenders causing the highest harm at any point in the criminal justice system. More information can be found in the Adult Reoffending section of this document.

Illegal drug enforcement is planned and carried out at a local level. Links with community drug services’ Criminal Justice Integrated Teams (CJITs) remain key to diverting people away from criminality and into treatment. However, numbers of people disengaging from CJITs are high.

Community based services have established close links with the Integrated Drug Treatment System (IDTS) at HMP Lewes, which became fully operational in October 2009.  However, take up of referrals from prison drug teams (CARATs) to community drugs teams (CJITs) are low.

2. Think Family

Protecting a child from harm is of paramount concern to all agencies. Section 11 of the Children Act 2004 places a statutory duty on a range of organizations to safeguard and promote the welfare of children. This includes both children’s and adult services. The “Think Family” national agenda aims to secure better outcomes for children, young people and families with additional needs by co-ordinating the support they receive from children, adult and family services.

The partnership has developed a specialist service for families in the child protection process – ‘Safeguarding With Intensive Family Treatment’ (SwIFT).  SwIFT addresses both substance misuse and mental health issues and is integrated with Children’s Services operations. The multi-agency, multi-disciplinary service addresses the treatment and support needs of parents and children. The service delivers interventions that are directed towards the young person’s ‘prevention’ agenda by working with families where substance misuse has been identified as a risk, addressing both drug and alcohol misuse. Year to date, (December 09) a total of 351 families have been supported by the service. Demand exceeds supply which can result in waits to access this service which is prioritized to the highest risk of harm families. Families not in the child protection process will receive treatment from mainstream tier three treatment services.

Within 2009, a safeguarding audit was undertaken in commissioned adult drug treatment services to ensure the safeguarding children’s agenda is addressed appropriately. The partnership is working with drug and alcohol treatment providers and with ESCC Children’s Services to develop a local protocol with the Local Safeguarding Childrens’ Board to improve support for families at risk.

A Young Carers Strategy is under development setting out the vision of the East Sussex Children’s and Young People’s Trust to promote positive outcomes for actual and potential young carers in East Sussex. This will include a focus on carers of a parent with drug or alcohol dependence.
3. Perceptions

(NI) 42, Perceptions of Drug Use or Dealing as a Problem, are high in Hastings and Eastbourne.  The Place Survey 2008 asked respondents whether they thought that drug use or drug dealing is a problem in their local area. 24.9% of respondents agreed. There are more known drug users in Eastbourne and Hastings, which may explain why these figures are higher. Although a quarter of East Sussex respondents thought that drug use or drug dealing is a problem in their area, 50% disagreed and didn’t think it was a problem.

Opportunities for reporting drug use and dealing, and follow up with residents who have made reports, as well as active follow up in neighbourhoods after planned enforcement has been carried out could be further promoted, which is likely to have a positive impact on perceptions.

4. Recovery and Reintegration

Within 2009 a generic floating support service known as ‘Homeworks’ was commissioned by Supporting People in East Sussex. The service provides interventions to persons aged 16-64 requiring help and support to live independently. This service is contracted to provide interventions to people who are vulnerable with support needs including persons with drug or alcohol problems and ex offenders, to increase opportunities for reintegration with mainstream housing and help live independently.

There are opportunities to establish further links with employment services and Job Centre Plus to promote the reintegration agenda.',
     'The DAAT partnership has driven significant improvement during 2009/10, particularly around waiting times, retention in treatment and planned discharges. Services providing adult community-based treatment have been market-tested to implement the service redesign outlined in the Health and Social Care Commissioning Strategy for Adult Drug Misuse (2008-2011).
· NI 38 Drug Related Offending - The volume of offences committed by substance misusing offenders in the 12 months following identification in the cohort is better than expected at 0.73, (less than 1 is positive and better than the predicted outcome).
· NI 40 Effective Drug Treatment – in the 12 month period to September 09 a total of 1126 (83%) of Problematic Drug Users (PDUs – misusing opiates and/or crack) were recorded as being in effective treatment, the final target for 09/10 achieved.

However, 43% of adults left treatment in a planned way against a target of 50%. This is a downward shift from 58% at quarter 1 and 51% at quarter 2 this year.
The partnership’s Harm Reduction Strategy was refreshed during 2009/10.  The new strategy describes further actions to fully implement the National Institute for Clinical Excellence (NICE) 2009 guidance about needle and syringe programmes.  The harm reduction strategy includes the partnership’s action plans to reduce drug related deaths and blood borne viruses.

Young People’s treatment services are facing significant reductions in treatment allocation funding over the next two years. Retaining current service provision in respect of these reductions presents immense challenges. Alternative funding sources are currently being investigated. The work around youth substance misuse services in 2010/11 will be subject to a review of roles and responsibilities within Targeted Youth Support services, in line with emerging national guidance.',
     'During 2010/11, the partnership will refresh its adult drug commissioning strategy, continuing to target resources strategically to improve effectiveness.  The strategy will have a particular focus on recovery and reintegration following treatment.

Key strategies and action plans linked to the ‘reducing the harm caused by drugs’ priority include:

· Adult Drug Treatment Plan

· Young People’s Treatment Plan

· Health and Social Care Commissioning Strategy for adult drug misuse (Year 3 actions)
· Health and Social Care Commissioning Strategy for young people’s substance misuse

· Young Carers Strategy (currently being prepared)

· Harm Reduction Strategy (in consultation phase)

These plans include intentions of the partnership as set out below. Additional actions are also set out below and included in the action plan attached to this chapter:

· Ensure a whole family approach is adopted across the treatment system

· Introduce DIP Intensive status in Hastings and Rother

· Improve take up of referrals between prison CARATs and Community CJITs

· Improve care pathways with Job Centre Plus and employment agencies
· Reduce perceptions of drug use or dealing as a problem and improve public confidence

· Respond to emerging misuse of Unclassified Substances
· Investigate ways to further improve unplanned CJIT treatment exits
· Explore further reintegration options for service users leaving treatment
· Introduce Integrated Offender Management in East Sussex',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0107', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'SC', 'Reducing Serious Acquisitive Crime',
     'Our overall aim is to reduce the occurrence of serious acquisitive crime in localities through; partnership prevention initiatives, protection and reassurance of at-risk groups, bringing offenders to justice and improving public confidence in the fear of crime and the criminal justice system.

National Indicator (16) measures the number of serious acquisitive crimes per 1,000 population for the above offences.

There are clear links between drug misuse and income-generating crime and estimates suggest that around half of all recorded crime in the UK may be drug related. A significant percentage of acquisitive crime is committed by illicit drug users not receiving treatment. (NI) 16 is therefore closely aligned with NI (38) drug-related offending rate.

Other relevant NIs include (NI) 30, re-offending rate of Prolific and Priority Offenders, (NI) 19, rate of proven re-offending by young offenders, (NI) and 18 adult re-offending rates for those under probation supervision.

Getting help for offenders who need it to minimise the likelihood of re-offending in the future is also a key component of reducing serious acquisitive crime, covered in the Adult Re-offending chapter of this document.

This is a new partnership thematic area, chosen to be part of the Community Safety Agreement as the nature of serious acquisitive crime means it can have a significant financial and psychological impact on victims. Although a new priority for the Community Safety Agreement, serious acquisitive crime remains a sustained priority area for the Police Control Strategy.
‘Acquisitive crime’ covers aspects of theft and robbery including street crime, business and retail crime and vehicle crime.

‘Serious Acquisitive Crime’ includes the following offences:

· burglary in a dwelling

· aggravated burglary in a dwelling

· robbery of business property

· robbery of personal property

· theft or unauthorised taking of a motor vehicle

· aggravated vehicle taking

· theft from a vehicle
A significant percentage of acquisitive crime is committed by illicit drug users not receiving treatment. The East Sussex Strategic Intelligence Assessment (SIA) 2009 reports:

· Over a three month period, of 342 arrests for acquisitive crime, only 19% of offenders had at some stage received drug treatment in East Sussex

· 21% of all adult clients referred to drug treatment are referred through a criminal justice pathway

· 1 in 3 clients referred through this pathway declared a housing need.

There are clear links between serious acquisitive crime levels and public confidence, including fear of crime. Residents’ surveys demonstrate that the fear of crime is disproportionate to the actual level of crime in East Sussex.

Estimates suggest that around half of all recorded crime in the UK may be drug related. Schemes that are helping tackle acquisitive crime include the Prolific and Priority Offenders (PPO) and the Drug Interventions Programme (DIP).  Understanding why an offender has committed a (serious acquisitive) crime and making plans to ensure the issues that gave rise to the offending, are addressed, is integral to managing the offender’s risk and achieving a subsequent reduction in re-offending. More information can be found on the Reducing Adult Re-offending, Youth Crime, Reducing the Harm caused by Drugs chapters of this document.

Serious acquisitive crime types, volumes and hotspots are subject to variation. Offending patterns may be seasonal or emerge and evolve in a particular locality. Sussex police has developed a divisional seasonal calendar and undertaken work to map crime groups to address this. Key risk periods for dwelling burglary are:

· July to August - due to insecurities linked to warmer weather

· November to February - linked to longer periods of darkness and the Christmas period.',
     '· By examining most similar groups and identifying good practice, the partnership will ensure that initiatives it goes on to develop are evidence-based and likely to reduce serious acquisitive crime locally
· Preparing off the shelf Operations will assist in planning prevention activities in a resource effective manner

· Mapping crime groups and issuing intelligence requirements will ensure the partnership can plan sufficiently to disrupt crime groups and individuals
· Further analysis and breakdown of hotspot data can help direct prevention initiatives where they are likely to have the most impact, reducing the occurrence of serious acquisitive crimes.
Please refer also to the Reducing the Harm caused by Drugs and Adult Reoffending chapters of this document in particular.',
     'Each of the district and borough Crime and Disorder Reduction Partnerships (CDRPs) has chosen from a set of priorities on which to focus their initiatives. New or emerging priority focus includes ‘targeted action in crime hotspots’ in Hastings and ‘other than dwelling burglary’ in Wealden. Sustained priorities include ‘domestic burglary’ in Rother and Hastings. Eastbourne has chosen ‘Devonshire Ward’ as a priority focus. All five CDRPs have chosen amongst their priorities ‘improving confidence and communication’.

· The focus area for burglary is Hastings, with Castle, St Leotards and Gensing wards alone accounting for 15% of all dwelling burglary in East Sussex. These wards are also hotspots for robbery of personal property.

· Vehicle Crime has reduced across East Sussex in all district and boroughs except Wealden. Detection rates for vehicle crime are low overall

· Other than Dwelling Burglary is an emerging issue in Wealden.

· Devonshire ward remains a key focus in Eastbourne for serious acquisitive crime types, in particular, robbery.

· Rother has seen fluctuations in Dwelling burglary and Lewes a general increase.

Burglary hotspots correlate in particular with deprivation. Sussex Police runs a number of seasonal initiatives to tackle these offences such as Operation Sunshine, where residents are warned about closing windows and doors during the warm weather.',
     '· The partnership has achieved a 7% reduction in Serious Acquisitive Crimes, (NI) 16, within the rolling year September 2008 to October 2009 when compared to the previous rolling year. This is a reduction of 335 (serious acquisitive) crimes across East Sussex.
· NI 38 Drug Related Offending - The volume of offences committed by a cohort of substance misusing offenders in the 12 months following identification in the cohort is ‘better than expected’ at 0.73. A score of less than 1 is positive and better than the predicted outcome
· Performance in relation to the detection of crime is consistently strong in East Sussex, with an 18.4% detection rate on rolling year and 20.7% detection rate on performance plan year, both exceeding the force rate and target and other divisional rates
· The volume of distraction burglaries is significantly reduced from previous years.

However, whilst the number of crimes overall has reduced, the BCU remains 8th in the Most Similar Group ranked position, out of 15 and is rated as red. In the case of dwelling burglary, East Sussex is the best performing division by most similar BCU, with 1.191 crimes per 1000 households over the most recent quarter (SIA -Dec 09).

Last year’s Community Safety Agreement included the following new priority:

· Tackling emerging crime issues arising from the economic downturn

Whilst there has been an increase in fuel theft and the 2009 Strategic Intelligence Assessment predicts an increase in jewellery theft linked to gold prices, overall crime, including property crime, has reduced.

Sussex Police delivers a number of targeted operations to address the issue of serious acquisitive crime:

· Operation ‘Crystal’ focuses on the provision of crime prevention advice and property marking to premises in the vicinity of a recorded burglary.

· Operation ‘Sabre’ develops opportunities to track the disposal of stolen property and identify and tackle those handling this property and is an example of good practice.
· Operations ‘Sunshine’ and ‘Twilight’ focus on delivering crime reduction measures during the peak summer and winter times for burglary.
Joint Action Groups:
All five district and boroughs have established Joint Action Groups (JAGS). These multi-agency groups consist of operational managers from various departments in District and Borough Councils, East Sussex Fire & Rescue Service, Sussex Police, East Sussex Trading Standards, East Sussex Highways and Youth Services. The purpose of a JAG is to use intelligence and statistical information to develop a partnership response to issues of crime emerging in localities. Regular meetings take place across each of the local authority areas. Different JAGs are used to varying degrees and effectiveness of JAGs can vary.

Within 2009 a Partnership Review has taken place to examine the structures in place for addressing community safety in partnership. Joint Action Groups and their functions have been considered as part of this review. Some data issues have been identified in relation to the quality of ‘modus operandi’ and stolen property fields and ensuring an appropriate level of detail is entered into police crime systems.

Drugs Intervention Programme:

The partnership has applied to the Home Office for ‘DIP intensive’ status in Hastings and Rother, on a self funded basis. Intensive DIP status will give police powers to test individuals for drug misuse if they are arrested for a crime linked to the misuse of drugs as specified by the Home Office (trigger offence). A positive test will result in a compulsory assessment by drug treatment services.

Testing on arrest will increase demand for rapid access to substance misuse services for offenders. Home Office data suggests where an increase in the numbers engaged on the Drug Intervention Programme (DIP) occurs, there is a corresponding reduction in acquisitive crime of around 12%.

This would see acquisitive crimes in Hastings and Rother drop from around 2031 crimes in the last 12 month period to 1787, a reduction of 244 victims of crime from within the two areas alone. Increasing the numbers in treatment in this way would also have a direct impact upon the National Indicators, (NI) 18, (NI) 38 and Drug Related (Class A) Offending.

The Hastings and Rother target reduction in Serious Acquisitive Crime, subject to successful application for DIP intensive status, is 12%.',
     'Sussex Police will guide an innovative partnership approach to serious acquisitive crime issues in localities. This will include prevention, enforcement and reassurance elements, for residents in general and victims of crime. The partnership will build upon existing delivery mechanisms in place and respond to recommendations of the Partnership Review.

Meeting structures and working groups will review their terms of reference in order that different statutory and third sector partners can deliver a co-ordinated response flexibly, where appropriate.

Over the next year the partnership will:

· Review existing best practice from within and outside the county and make recommendations for future partnership initiatives to reduce serious acquisitive crime.

· Prepare ‘off-the-shelf’ police/partnership plans for the Operation Sunshine and Operation Twilight burglary initiatives to enable relevant prevention and reassurance activity to be taken at the appropriate time and for this message to be adequately disseminated to relevant officers, partner agencies and the public.

· Map offender groups involved in dwelling burglary and other acquisitive crime and investigate opportunities for joint disruption of identified offender groups with other partner agencies, where direct enforcement tactics are not available or are inadequate.

· Introduce the use of ‘intelligence requirements’ to relevant officers and to partners where appropriate, in order to increase the flow of intelligence around specific subjects

· Further develop opportunities to track the disposal of stolen property and identify and tackle those handling this property building on the success of operation Sabre which targets outlets selling second hand goods.

· Identify more specific hotspots to target for crime prevention and reassurance activities, building on the success of  ‘Operation Crystal’

The Adult Re-offending chapter of this document details the partnership’s proposals to introduce an Integrated Offender Management model to East Sussex, building upon the success of existing offender management arrangements, such as the Prolific and Other Priority Offender (PPO) scheme.
The perceptions chapter of this document provides more detail about the partnership’s approach to public confidence and how we will communicate with residents about the community safety achievements of the partnership, to reassure, protect and increase public confidence and perceptions.',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'ASB', 'Reducing Anti-Social Behaviour and Improving Perceptions',
     'The partnership aims to reduce anti-social behaviour (ASB) and improve perceptions of anti-social behaviour in East Sussex. Through our work we hope that residents of East Sussex will notice a lower level of anti-social behaviour and feel that the Police and other local public services are successfully dealing with anti-social behaviour and crime in their local area.

Anti-social behaviour is defined in the Crime and Disorder Act 1998 as ‘…a manner that caused or was likely to cause harassment, alarm or distress to one or more persons not of the same household...’

Anti-social behaviour has a detrimental impact on communities and is linked with negative perceptions of crime amongst residents. By taking action to address anti-social behaviour and communicating these activities, it is hoped that the partnership can improve residents’ quality of life and reduce their fear of crime.

The tragic case of Fiona and Francecca Pilkington highlights the devastating impact anti-social behaviour can have on people’s lives. In this case the police and local council were criticised for a failure to share information. In East Sussex the partnership will be looking at ways to ensure our work to tackle anti-social behaviour is victim focused.

In local surveys
 about community safety, respondents identified that anti-social behaviour was the most important crime type to tackle. In these surveys people thought the most important anti-social behaviour issue to tackle was alcohol related anti-social behaviour.

In the recent Place survey
 residents were asked whether they thought that the police and other local public services are successfully dealing with anti-social behaviour and crime in their local area. This showed that 1 in 4 (25.5%) respondents in East Sussex agreed that the police and other local public services are successfully dealing with anti-social behaviour and crime in their local area.

The figures for East Sussex are in line with the Place Survey district averages (27%) and the national average (26%). This reflects the good work to date which has taken place to tackle anti-social behaviour in East Sussex, although this is an area we would like to improve.

The results from the local surveys
 showed a higher proportion of respondents who agreed that the police and other local public services area successfully dealing with crime and anti-social behaviour in their local are compared to the 2008 Place Survey.

The Place Survey 2008 asked respondents whether they thought that anti-social behaviour is a problem in their local area. Less than 1 in 6 (15.1%) respondents agreed that they saw anti-social behaviour as a problem. A proportionately higher number of respondents from Hastings (24%) agreed, compared with the other district and boroughs in East Sussex.

In the local surveys we asked residents what they thought was the main cause of anti-social behaviour in their local area. Respondents from both surveys saw poor parenting as the main cause of anti-social behaviour.

The Place Survey 2008 also asked respondents whether they though that parents in their local area take enough responsibility for the behaviour of their children. 30% of respondents agreed that parents in their local area take enough responsibility for the behaviour of their children (similar to the national and district averages of 30% and 31%
). A higher proportion of respondents in Wealden (36%) agreed compared to the other areas.',
     '· We will identify ways the Safer Communities Partnership will work together to manage and reduce anti-social behaviour in a consistent and sustainable way in East Sussex.

· Residents will feel confident that agencies are effectively tackling anti-social behaviour.

· We will reduce anti-social behaviour in East Sussex through targeted work in known hotspots and through actions to tackle alcohol related anti-social behaviour.',
     'Sussex Police record anti-social behaviour incidents reported to them. These incidents may include noise nuisance, abandoned vehicles, hate crime, street nuisance and social disorder
.

Social disorder makes up the majority of anti-social behaviour incidents recorded in East Sussex. These reports are recorded based on the details given by the caller and may depend on their perception of the situation.

There has been a 2% reduction in the number of anti-social behaviour incidents
 reported in East Sussex between October 2008 and September 2009 when compared to the previous 12 month period (October 2007-September 2008)
. However, the number of reported incidents in Hastings and Wealden has risen by 4 and 93 incidents respectively in this period, while Eastbourne, Lewes and Rother have all seen a reduction.

Between October 2008 and September 2009, 22% of police recorded anti-social behaviour incidents (signal incidents) made a reference to youths and youth related anti-social behaviour. This is based on references to youth within the narrative (there are no specific categories for young people within anti-social behaviour incident data). The most common individual incident that involves young people was Rowdy and Inconsiderate behaviour. This incident type made up 95% of all reports of Social Disorder, and 87.9% of all youth related incidents reported in the 2008/09 period. 16% of youth related anti-social behaviour incidents contain references to alcohol or drinking.

The summer months appear to be when the largest number of anti-social behaviour incidents were reported in 2008/09 and this is in line with the seasonal pattern of increased visitors to the area. This is particularly the case in Hastings, Eastbourne and Bexhill.

The highest number of anti-social behaviour incidents per 100 population are concentrated in Eastbourne and Hastings. This overall pattern mirrors the national picture of anti-social behaviour being perceived as more of a problem in areas of deprivation than in the least deprived areas
.

A substantial number of anti-social behaviour incidents were reported between 2000hrs and 0400 hrs, which could suggest that a large number of incidents categorised as Rowdy Inconsiderate are either fuelled by, or occur as a result of the night time economy.

The Safer Communities Partnership has used its data to assess which wards in East Sussex have the highest level of anti-social beahviour incidents per 1000 population. These have been categorised as red (90+ crimes per 1000 population) and amber (50-90 crimes per 1000 population). These hotspots have been assessed in detail, and will inform partnership activity in the coming year.',
     'The Partnership review process specifically focused on how anti-social behaviour is addressed across East Sussex by partner agencies. The review identified some examples of best practice. For example there is evidence of quality offender data within the districts and boroughs and there are Anti-Social Behaviour problem solving groups in some areas which link to the Joint Action Groups (JAGs). We also have successful enforcement campaigns which tackle anti-social behaviour in different areas such as Operation Blitz, Listen and Abstain.

The East Sussex Alcohol Harm Reduction Strategy 2009-12 will deliver a number of actions to prevent young people under 18 gaining access to alcohol. This includes working with the local media and wider partners to develop a positive and healthy approach towards alcohol, reduce the availability of alcohol through enforcement activities and awareness raising and stopping young people from drinking in public places. It is hoped that this partnership work will help reduce alcohol related anti-social behaviour and anti-social behaviour fuelled by the night time economy.

The East Sussex Youth Crime Prevention Strategy aims to prevent young people from becoming involved in crime and anti-social behaviour. This will be achieved through multi-agency prevention work and actions which focus on enforcement and punishment, support and challenge, and better and earlier prevention. This strategy commits to providing parenting support when a child is at risk of offending, has offended or received an anti-social behaviour order. The work of this strategy will help us to respond to the perception of residents that poor parenting is the main cause of anti-social behaviour. We will also be doing work to reduce negative perceptions of young people.',
     'The Partnership review process identified that there are different approaches to anti-social behaviour service delivery across East Sussex. Each district/ borough area works largely in isolation, with a variance in staffing, funding and perceived effectiveness of partnership working.

Sussex Police will be leading on a review to standardise anti-social behaviour staffing arrangements in each district and borough and use Basic Command Unit funding to deliver work and operations around anti-social behaviour in 2010/11. The review will look at how we share key information from all partners on anti-social behaviour. It will also seek to develop an evaluated tactical menu and analytical product to support a standardised service to anti-social behaviour across East Sussex.

The Partnership Review proposed that a strategic ASB commissioning strategy for East Sussex is developed. This will:

· Establish the need for ASB services across County

· Identify services required and design delivery model

· Secure funding for core-staff and ensure consistency across county through training and development

· Introduce performance management and evaluate interventions

· Develop a package of diversionary and inclusion options for ASB staff to use in order to reduce ASB.

· Set out mechanisms to improve communication between ASB practitioners, neighborhood policing and response teams and the Youth Offending Team.

· Strengthen the role and representation of all partners in anti-social behaviour work across East Sussex

In addition, by March 2010 partners will have developed new minimum service standards. These service standards will explain how we will provide regular updates to the community on what is being done to target anti-social behaviour.

The partnership will be looking at how we can incorporate victim information within our anti-social behaviour processes and we will consider the recommendations that come from the Independent Police Complaints Commission (IPCC) review into the tragic case of Fiona and Francecca Pilkington.',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'YC', 'Preventing Youth Crime',
     'The partnership aims to work together to help prevent children and young people from becoming involved in crime and anti-social behaviour, to help change the behaviour of those young people who have offended and to prevent young people being affected by crime.

The East Sussex Local Area Agreement 2008-11 identified National Indicator (NI) 19, rate of proven re-offending by young offenders as a local priority for partners. In addition young people’s participation in positive activities (NI 110) and 16-18 year olds not in education, employment or training (NI 117) have also been identified as local priorities within the Local Area Agreement and have strong links to preventing youth crime.

One of the best and most cost-effective ways to reduce youth crime is to prevent young people from getting into trouble in the first place.

The Home Office estimated the cost of crime against individuals and households at around £36bn in 2003/04 (Dubourg et al 2005). Young people aged 10-16 years are thought to be responsible for a total cost in the region of £6bn per year (including crime against business and the public sector).

In 1996 the National Audit Office (National Audit Office, 1996, Misspent Youth) estimated that the annual funding of services directly involved with young offenders was around £1 billion.

The numbers of First Time Entrants (FTE) per year in East Sussex has reduced by 28% from 2005/06 to 2008/09.

However local data on the number of First Time Entrants (FTE) in quarter 2 of 2009/10 shows a rise above both quarter 2 figures for our 07/08 baseline year and the last reported year, 08/09. However quarter 3 of 2009/10 saw a 37.6% decrease in the number of first time entrants receiving their first disposal against 2007/08 baseline.

This year in particular has shown the extent that first time entrants’ data can fluctuate between quarters. The partnership would like to better understand the possible causes of such increases and decreases and will further investigate this in the coming year.

The Youth Offending Team (YOT) recently looked at the offence types linked to first time entrants to the youth justice system. The analysis highlighted that three types of offences form 74% of all FTE offences since 2005/06, Theft and Handling (31%), Violence against the person (25%) and Criminal Damage (18%). Trends in these crime types may help us understand our first time entrants’ data.

The most recent data on the rate of re-offending shows an increase in the number of offences compared to our baseline year, 2005.

When we look at young people as victims of crime, the data shows that, where the age of the victim’s offender was known, offences on individuals aged between 10 and 17 were largely committed by young people themselves. The most common offences on which young people were victims were violence against the person and theft. These 2 crimes make up 79% of all crime in which the victims were aged 10-17. The Community Safety in Your Area survey 2009 (CSYA) and Your Local Area survey 2009 (YLA) asked respondents how safe they feel when outside in their local area after dark. All age groups felt less safe after dark and less than half the people aged under 25 agreed that they felt safe. This highlights that tackling youth crime is an important priority area.',
     '· Reduce the number of young people who re-offend
· Reduce the number of first time entrants to the youth justice system
· Strengthen our partnership approach to identifying and targeting young offenders to prevent offending and anti-social behaviour.

· Communicate with the public the work we are doing to tackle youth crime and reduce negative public perceptions of young people

· Consult young people and parents/ carers to help direct our work',
     'We are able to identify the wards in East Sussex that have the highest numbers of young people, recorded as first time entrants (FTE) to the youth justice system.

The top 10 wards for FTE in 2008/09 account for 30% of the total FTE for the year. Hampden Park in Eastbourne has the highest number of FTE totaled over the last 4 years and the highest number of FTE for 2008/09.

Other wards in the top 10 include Langney and St Anthony’s in Eastbourne and Hailsham South and West in Wealden.

Hollington ward in Hastings saw the biggest overall drop in FTE in 2008/09. Newhaven in Lewes and Devonshire in Eastbourne also saw large overall drops.',
     'The YOT has been working with the new countywide Youth Homelessness Strategy to identify ways to increase the resettlement accommodation options for those whose sentences are ending. The YOT is now able to refer eligible young people to the new Home Works service, which is funded by Supporting People and is for anyone aged 16 to 64 who needs help and support to live independently within East Sussex. There have also been initial discussions with Eastbourne Foyer regarding access to places.

The Youth Offending Team has also signed up to a Youth Justice Board ‘Making Good’ website where members of the public and community groups suggest community reparation activities that young offenders could undertake.

The Youth Crime Prevention Strategy group has looked at existing data on young people as victims of crime and has made recommendations to improve data on young victims. The Child Safety Sub Group also considered how we can promote safety messages to young people and more information will be included in the young people’s connexions 360 website.

The Parenting Early Intervention Programme (PEIP) has recently been implemented. This programme is funded by the Think Family grant as part of the implementation of the Youth Crime Action Plan and it aims to ensure that all parents who would benefit from parenting support are offered it.

An Accident Prevention Task group has been set up to further develop and co-ordinate accident prevention work for 0 – 18 year olds in East Sussex.

The Safer Communities Team, alongside partners has celebrated the achievements of young people through positive media releases and the production of a DVD titled ‘Turning Lives Around’. This was made by the East Sussex Safer Communities Partnership and the Youth Offending Team to celebrate the achievements of young people involved in community payback. The film shows the positive impact that young people have had with the work they have completed on local projects in East Sussex.  It includes the work of young offenders as part of the community orders handed down by the courts and demonstrates how this has helped them to turn their lives around.',
     'The multi-agency East Sussex Youth Crime Prevention Strategy aims to:

· Prevent children and young people from becoming involved in crime and anti-social behaviour

· Help change the behaviour of those young people who have offended

· Prevent young people from being victims of crime and

· Improve perceptions of anti-social behaviour and reassure the public.

In the coming year the partnership will be looking at how we can reduce youth re-offending through partnership activity (Deter young Offeners) in order to stop young offenders becoming prolific offenders. This will include looking at current practice and best practice in other areas. We will also look at how we can develop stronger prevention messages to young people which show the reality of the criminal pathway, something suggested by young people in focus groups when we were developing the strategy.

The partnership will look in more detail at the trends behind our First Time Entrants’ data and look to identify the causal factors and partnership activity to tackle it. We will also seek to strengthen our partnership approach to identifying and targeting young offenders in order to prevent offending or anti-social behaviour.

The partnership will continue to promote the work of key partners and reduce negative perceptions of young people.

The Partnership will continue to monitor LAA targets and the work of other groups which strongly support the aims of the Youth Crime Prevention Strategy through the Youth Crime Prevention Strategy Group. The Strategy Group will receive updates on the work of the Alcohol Steering Group, the 14-19 Partnership board’s work on reducing the numbers of young people not in education, employment and training and the levels of substance misuse by young people and other work of partners which contributes to the prevention agenda.

The ‘Think Family’ agenda is key to the work to prevent youth crime and anti-social behaviour.  Think Family highlights that by identifying the broader needs of all family members, adults and children, services can help ensure that children in the family are appropriately supported and protected from falling into difficulty, sustaining the family unit as a whole. There are actions within the adult re-offending action plan which look at the impact and current service provision for children and families of offenders in custody and on community sentences.

In addition; 2009/10 has seen the introduction of the Parenting Early Intervention Programme (PEIP) and 2010/11 will see the expansion of the Family Intervention Partnerships (FIPs) within East Sussex.
The work around youth crime prevention in 2010/11 will be subject to a review of roles and responsibilities within Targeted Youth Support services, in line with emerging national guidance.',
     now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0110', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'CC', 'Improving Communication and Confidence',
     'The partnership aims to improve confidence and perceptions of crime and anti-social behaviour by further developing and co-ordinating communication, consultation and community engagement across East Sussex.

The Home Office paper ‘Delivering Safer Communities: A guide to effective partnership working’ indicates that an effective partnership should be visible and accountable to its community for the decisions and actions it takes on their behalf. Strong communities are ones where people are informed about what is being done to address their concerns.

Communicating for Confidence guidance (2009) suggests three key points for partnerships to follow in order to improve confidence:

· Provide the community with information to improve their understanding of what is being done locally to respond to crime and ASB issues that concern them the most

· Provide the community with information about the results of work to tackle crime and ASB

· Encourage the community to engage in two way communication about crime and ASB

The partnership is measured by National Indicator 4 in the East Sussex Local Area Agreement 2008-2011 which is the percentage of people who feel that they can influence decisions in their locality.',
     NULL,
     'Over the next year the partnership will use data from a range of surveys to identify ward level hotspots for those people who responded to the surveys. This will give the partnership an indication of areas of the county where people are least confident in the Police and Local Authority tackling crime and anti-social behaviour in their local area.',
     'The partnership seeks the views of residents to gauge their confidence and perceptions of crime and anti-social behavior and has specific targets associated with improving confidence and perceptions.

The British Crime Survey’s single Police confidence target measures how many people agree that the Police and Local Council are dealing with anti-social behavior and crime issues that matter in their area.  The target for 2012 is 58% and the current performance on the indicator is 49.6% for year ending December 2009. Since July 2009 the force has been conducting its own telephone perception surveys to gauge public opinion about confidence, crime and anti-social behaviour. Results from the survey are being used to help improve confidence in the Police and Local Authority working together.
The national Place Survey monitors the extent to which residents agree or disagree that the Police and other local public services seek people’s views about crime and anti-social behaviour in their local area. In East Sussex 25% of people felt that the police and other local public services sought local people''s views on crime and anti-social behaviour, which is the same as the national figure. In East Sussex 25.5% of respondents, compared to 26% nationally, agreed that the police and other local public services are successfully dealing with anti-social behaviour and crime in their local area.

The partnership has developed an online survey which gives residents the opportunity to give their views about crime and anti-social behavior in their local area. This survey is permanently online at www.eastsussex.gov.uk/safetysurvey. Results from this survey feed into the partnership’s priority selection process.

On a local level, each Community Safety Partnership (CSP) has held at least one ‘Meet the People Session’ per year which gives residents the opportunity to meet community safety decision makers and discuss local issues. CSP’s also have local communications and engagement plans in their areas.

East Sussex Police continues to work on community engagement across the Division. There are 19 Neighbourhood Policing Teams which are well placed in each community to provide assistance, reassurance and to hear about what really matters to local people. By increasing police presence, we are ensuring that the public are influencing police priorities.

Police Neighbourhood Panels made up of local people are now in every neighbourhood to identify and oversee local priorities – actions taken will be publicised on Neighbourhood Officers’ web pages as well as more widely in the local area, for example, using local newsletters and internet blogs.

Specific partnership activity over the last year:

Communications:

· a DVD titled ''Turning Lives Around'' was produced which helped launch the partnership''s new Youth Crime Prevention Strategy, and celebrates the achievements of young people. This film can be used by all partners at a variety of public events such as conferences and focus groups.

· provided national best practice through promotion of the Media Principles Handy Guide which was presented at the 2009 National Community Safety Network Conference in Leeds. This guide outlines how the partnership can make its communications more joined up and consistent.

· produced quarterly newsletters and issued monthly positive, pro-active press releases in relation to all of the community safety priorities

· commenced the redesign of the partnership website in an effort to make the site more accessible to everyone

· supported national campaigns and implemented them on a local level. Innovative activities were held for both National Tackling Drugs Week and National Alcohol Awareness Week.

Consultation

· the Safer Communities Partnership launched its first online community safety survey. The Safer Communities Team worked with all five District and Borough CSP’s and set out core questions which were asked to residents across the county. Responses have been fed into the Strategic Intelligence Assessment and helped to set the priorities for 2010-2011.

· the Safer Communities Partnership held an annual Safer Communities Conference in November 2009 which had a focus on how the partnership can improve its work given the current financial climate

· all CSP’s have conducted at least one ‘Meet the People session’',
     'Consultation

The Safer Communities Partnership has undergone an assessment to establish to what extent it was implementing the Hallmarks of Effective Partnerships. This assessment showed that although the partnership is engaging with its residents, it could improve the way in which it engages with different groups of people and how it reflects their views within the partnership’s plans.

To ensure the partnership take this into account, a consultation plan will be developed to map the partnerships current consultation and engagement activities and will identify how the partnership can best engage with different groups of people.',
     now(), 'sample-data')
ON CONFLICT DO NOTHING;

INSERT INTO action (id, plan_id, priority_id, code, text, lead_organisation, lead_job_title, lead_reporting_officer,
                    cost_pence, cost_note, completion_due, status, completed_on, version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0211', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0102',
     'CH1', 'Ensure the partnership structures are in place to focus on responses to emerging issues and crime hotspots',
     'Safer Communities Team', 'Performance and Resources Manager', NULL, NULL, 'TBC', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0212', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0102',
     'CH2', 'Co-ordinate information and advice about services for households in identified hotspot areas.',
     'TBC (following partnership review process)', NULL, NULL, NULL, 'TBC', '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0213', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'R1', 'Work with local media and wider partners to ensure young people develop a positive and healthy approach towards alcohol',
     'East Sussex County Council', 'PSHE and Healthy Schools Advisor', NULL, NULL, NULL, '2010-11-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0214', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L1', 'Prevent sexual health harms resulting from (young people’s) alcohol use',
     'Safer Communities Team', 'Strategy and Partnerships Officer', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0215', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'R3', 'Reduce availability of alcohol through awareness raising and enforcement activity on underage sales',
     'Trading Standards, Sussex Police, District and Borough Licensing Managers', 'Force Licensing Manager', NULL, NULL, NULL, NULL, 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0216', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L3', '(Under development – previous action was: Implement new legislation to make it an offence for under-18s to persistently possess alcohol in public places.) (Suggested new action dependent on funding: Establish a referral pathway across East Sussex that ensures early identification and referral for alcohol misuse, reducing the number of first time entrants into the criminal justice system.)',
     'Sussex Police (East Division)', 'Force Licensing Inspector', NULL, NULL, NULL, '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0217', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L4', 'To encourage social responsibility standards in the local alcohol industry',
     'Licensing Managers & Trading Standards', 'Chair, Pan Sussex Licensing Liaison Group', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0218', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L5', 'To prevent alcohol related sexual offences',
     'NHS East Sussex Community Services', 'Manager, Health Improvement Team', NULL, NULL, 'Approx. communications costs: £3k', '2010-04-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0219', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L6', 'Improve alcohol awareness raising and support for young people',
     'NHS East Sussex Community Services', 'Manager, Health Improvement Team', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0220', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'R6', 'Continue to promote opportunities for identification and brief advice, while improving service infrastructure and provision',
     'NHS East Sussex Community Services', 'Commissioning Manager', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0221', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L7', 'Ensure all drug workers are competent in working with alcohol issues',
     'Drug and Alcohol Action Team', 'Joint Commissioning Manager', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0222', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L8', 'Improve the response to people who have both mental health and alcohol problems',
     'Sussex Partnership NHS Trust and NHS East Sussex Community Health Services', 'Joint leads', NULL, NULL, NULL, '2010-08-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0223', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L9', 'Enable vulnerable people with alcohol related problems maintain their tenancies and avoid homelessness',
     'ESCC Safer Communities Team and District and Borough Housing Officers, Supporting People and Homeworks', 'Strategy and Partnerships Officer', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0224', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L10', 'Reduce the numbers of people seriously killed or injured on our roads through alcohol use',
     'East Sussex County Council, Transport and Environment Department', 'Road Safety Specialist', NULL, NULL, NULL, '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0225', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L13', 'Improve identification and referral to treatment of alcohol problems for both victims and perpetrators of domestic violence, and their children',
     'ESCC Safer Communities Team and Drug and Alcohol Action Team', 'Violence and Hate Crime Manager', NULL, NULL, NULL, '2010-07-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0226', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L14', 'Develop processes to ensure the views of significant others/carers are considered in commissioning decisions',
     'Alcohol Service Provider and Safer Communities Team', 'Service User Involvement lead officer', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0227', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L15', 'To promote a culture of lower risk drinking',
     'ESCC Safer Communities Team', 'Communications Officer', NULL, NULL, NULL, '2010-07-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0228', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L16', 'Coordinate campaigns to prevent sexual health harms resulting from alcohol use',
     'ESCC, Safer Communities Team', 'Communications Officer (Link Officer)', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0229', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L18', 'To inform partners about alcohol related issues and ensure these issues are included in relevant strategies and plans',
     'Drug and Alcohol Action Team', 'Health Improvement Commissioner', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0230', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L19', 'To develop an annual needs assessment process, improve information gathering, target setting and the monitoring of performance.',
     'East Sussex County Council Safer Communities Team', 'Performance Manager and Strategy and Partnerships Officer', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0231', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0103',
     'L20', 'Further integrate Accident and Emergency data into local community safety planning.',
     'Public Health Directorate NHS Eastbourne, Downs and Weald & NHS Hastings and Rother PCT', 'Director of Public Health', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0232', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0104',
     'VC1', 'Develop and implement a joint commissioning strategy for domestic and sexual violence.',
     'ESCC Safer Communities Team', 'Violence and Hate Crime Manager', NULL, NULL, '£0', '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0233', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0104',
     'VC2', 'Improve the work of MARACs in East Sussex.',
     'ESCC Safer Communities Team', 'Harm Reduction Officer', NULL, NULL, NULL, '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0234', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0104',
     'VC3', 'Involve service users and carers in the performance monitoring arrangements for delivery of services to victims of domestic and sexual violence.',
     'ESCC Safer Communities Team', 'Strategy and Partnership Officer', NULL, NULL, '£500 (Incentive and reimbursement)', '2010-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0235', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0104',
     'VC4', 'Improve identification and responses to incidents of domestic violence and sexual violence.',
     'ESCC Safer Communities Team', 'Harm Reduction Officer', NULL, NULL, '£0', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0236', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0105',
     'RS1', 'East Sussex Casualty Reduction Board to develop an action plan for 2010/11',
     'East Sussex County Council', 'Transport Strategy and Road Safety', NULL, NULL, 'As per actions within the East Sussex Casualty Reduction Board', '2010-06-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0237', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0105',
     'RS2', 'Develop a multi-agency Road Safety Strategy for East Sussex',
     'East Sussex County Council', 'Transport Strategy and Road Safety', NULL, NULL, 'Officer time. Cost implications to be considered in developing the strategy.', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0238', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0105',
     'RS3', 'Improve the co-ordination of road safety work in schools',
     'East Sussex County Council', 'Transport Strategy and Road Safety', NULL, NULL, 'Officer time', '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0201', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR1', 'Introduce an Integrated Offender Management model in East Sussex',
     'Surrey and Sussex Probation Trust', 'Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, NULL, '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0202', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR2', 'Develop an IOM Joint Commissioning Strategy for East Sussex',
     'Surrey and Sussex Probation Trust', 'Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, NULL, '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0203', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR3', 'Implement the year one ambitions of the Joint Commissioning Strategy',
     'Surrey and Sussex Probation Trust', 'Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0204', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR4', 'Respond to the findings of Improving Health, Supporting Justice and the East Sussex JSNA on Offender Health to produce an offender health strategy that clearly links into IOM',
     'NHS East Sussex, Downs and Weald', NULL, NULL, NULL, 'Officer time', '2010-07-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0205', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR5', 'Improve links with community police neighbourhood officers to ensure timely and consistent enforcement of exclusions contained within Licence conditions',
     'Surrey and Sussex Probation Trust with Sussex Police', 'Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, 'Officer time', '2010-08-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0206', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR6', 'Improve offender access to stable and supported housing',
     'Supporting People', 'Head of Supporting People', NULL, NULL, 'Budget tbc', '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0207', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR7', 'Ensure mentoring will be available to offenders who form part of the IOM cohort prior and subsequent to their release from prison',
     'Surrey and Sussex Probation Trust with Sussex Police; Sussex Pathways', 'Director, East Sussex and Brighton Local Delivery Units; Detective Inspector', NULL, NULL, 'Budget tbc', '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0208', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR8', 'Ensure a Think Family approach to offender management in East Sussex',
     'Sussex Police and Surrey and Sussex Probation Trust', 'Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0209', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0101',
     'AR9', 'Implement the actions contained within the East Sussex LAA delivery plan for NI30 2010/11',
     'Sussex Police and Surrey and Sussex Probation Trust', 'Detective Inspector; Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0239', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0106',
     'D1', 'Investigate unplanned CJIT treatment exits across the adult drug treatment system',
     'Drug and Alcohol Action Team and Commissioned treatment providers', NULL, NULL, NULL, NULL, '2010-07-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0240', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0106',
     'D2', 'Respond to the emerging misuse of unclassified drugs (This action is waiting approval)',
     'Under 19s Substance Misuse Service', 'Operations Manager, U19s SMS', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0241', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0106',
     'D3', 'Respond to high perceptions of drug use dealing as a problem',
     'ESCC Safer Communities Team', 'Performance and Resources Manager', NULL, NULL, 'TBC', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0242', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0106',
     'D4', 'Implement the actions contained within the Adult Drug Treatment Plan 2010/11',
     'East Sussex DAAT', 'Joint Commissioning Manager', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0243', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0106',
     'D5', 'Implement the actions contained with the Young People’s Treatment Plan 2010/11',
     'ESCC', 'Operations Manager, Specialist Services', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0244', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0106',
     'D6', 'Deliver 2010/11 actions within the Health and Social Care commissioning strategy for adult drug misuse',
     'East Sussex DAAT', 'Joint Commissioning Manager', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0245', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0106',
     'D7', 'Deliver 2010/11 actions Health and social care commissioning strategy for young people’s substance misuse',
     'ESCC', 'Operations Manager, Specialist Services', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0246', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0107',
     'SC1', 'Review existing best practice from within and outside the county and compare serious acquisitive crime initiatives to that of most similar groups',
     'Sussex Police', 'Eastbourne District Commander', NULL, NULL, 'Officer time', '2010-11-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0247', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0107',
     'SC2', 'Prepare ‘off-the-shelf’ police/partnership plans for the Operation Sunshine and Operation Twilight burglary initiatives',
     'Sussex Police', 'Chief Inspector, Eastbourne District', NULL, NULL, 'Officer time', '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0248', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0107',
     'SC3', 'Further develop opportunities to track the disposal of stolen property and identify and tackle those handling this property (Operation Sabre)',
     'Sussex Police', 'Chief Inspector, Eastbourne District', NULL, NULL, 'Officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0249', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0107',
     'SC4', 'Map (offender?) crime groups involved in dwelling burglary and investigate opportunities for joint disruption of groups with other partner agencies, where direct enforcement tactics are not available or are inadequate.',
     'ESCC Safer Communities Team', 'Performance Manager', NULL, NULL, 'Officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0250', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0107',
     'SC5', 'Introduce the use of ‘intelligence requirements’ in order to increase the flow of intelligence around specific subjects',
     'Sussex Police', 'Chief Inspector, Eastbourne District', NULL, NULL, 'Officer time', '2010-04-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0251', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0107',
     'SC6', 'Identify neighbourhood specific hotspots to target for crime prevention and reassurance activities, building on the success of ‘Operation Crystal.’ This to include a response to victims of crime.',
     'ESCC Safer Communities Team', 'Performance Manager', NULL, NULL, 'Officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0252', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 1', 'Develop new minimum service standards which explain how Sussex Police and Partners will provide regular updates to the community on what is being done to target anti-social behaviour.',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2010-04-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0253', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 2', 'Work with key partners to identify appropriate solutions in hotspot areas to tackle alcohol related anti-social behaviour and reduce rowdy and inconsiderate behaviour.',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0254', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 3', 'Standardise anti-social behaviour staffing arrangements in each district and borough',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2010-06-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0255', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 4', 'Incorporate victim information within Sussex Police anti-social behaviour processes across East Sussex',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0256', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 5', 'Standardise each district and borough approach to ASB',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0257', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 6', 'Training given to all ASB officers',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0258', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 7', 'Develop intelligence around ASB including offender and victim data as well as hotspots',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0259', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 8', 'Develop a shared ASB Service Level Agreement with partners',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0260', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 9', 'Develop an evaluated tactical menu with practitioners to be used in across East Sussex',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0261', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 10', 'Develop analytical products to support ASB service delivery in Joint Action Groups (JAGs) and Anti-Social Behaviour groups (ASB)',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0262', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 11', 'Share information, best practice amongst anti-social behaviour practitioners',
     'ESCC Safer Communities Team', 'Strategy and Partnership Officer', NULL, NULL, 'Officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0263', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 12', 'Explore the potential benefits of integrating the development of services which support victims of anti-social behaviour and victims of hate crime',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, NULL, '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0264', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0108',
     'ASB 13', 'Develop and implement a joint commissioning strategy for anti-social behaviour across East Sussex.',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Officer time', '2011-01-01', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0265', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'EP (a)', 'Identify ways to reduce the numbers of young people who re-offend and improve our performance against National Indicator 19.',
     'ESCC Safer Communities Team', 'Strategy and Partnership Officer', NULL, NULL, 'Officer time', '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0266', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'EP (b)', 'Strengthen our partnership approach to stop young offenders from becoming prolific offenders, through local Deter Young Offender groups (DYO). A key function of the DYO group is to look at the specific needs and risks of those young people in East Sussex who are at risk of becoming prolific offenders and ensure that partner agencies work together effectively to address the need and risk factors whilst avoiding duplication of effort.',
     'ESCC Safer Communities Team and East Sussex Youth Offending Team', 'Strategy and Partnership Officer; Youth Offending Team Manager', NULL, NULL, 'Officer time', '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0267', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'EP (c)', 'Investigate and implement ways to improve support for young people after their sentence has come to an end',
     'ESCC Safer Communities Team and East Sussex Youth Offending Team', 'Strategy and Partnership Officer; Practice Manager, Prevention (YOT)', NULL, NULL, 'To be determined', '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0268', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'EP (d)', 'Continue to publicise the benefits and success of other forms of community punishment, so that local people have more opportunity to see what action is being taken to tackle youth offending',
     'East Sussex Youth Offending Team', 'Youth Offending Team Manager', NULL, NULL, 'Costs associated with communication and consultation', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0269', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'EP (e)', 'Investigate ways to improve and report on equality data (gender, transgender, BAME groups including gypsy and travellers, disability, gay, lesbian and hetrosexual)',
     'East Sussex Youth Offending Team', 'Youth Offending Team Manager', NULL, NULL, 'Officer time', '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0270', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'EP (f)', 'Monitor data on the ratio of male and female First Time Entrants to the Youth Justice System',
     'East Sussex Youth Offending Team', 'Youth Offending Team Manager', NULL, NULL, 'Officer time', '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0271', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'SC (a)', 'Improve the data we have on young people as victims of crime',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, NULL, '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0272', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'SC (b)', 'Neighbourhood Policing teams to pass on their findings to the Youth Crime Prevention Strategy group to inform future activity',
     'Sussex Police', 'Chief Inspector, Wealden District', NULL, NULL, 'Costs associated with communication and consultation', '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0273', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'SC (c)', 'Consult young people on key youth crime prevention issues',
     'East Sussex Youth Offending Team', 'Practice Manager, Prevention', NULL, NULL, 'Costs associated with communication and consultation', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0274', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'SC (d)', 'Involve parents and carers of young offenders in the development of youth crime prevention work',
     'East Sussex Youth Offending Team', 'Practice Manager, Prevention', NULL, NULL, 'Costs associated with communication and consultation', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0275', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'BEP (a)', 'Identify ways to reduce the number of First Time Entrants to the Youth Justice System',
     'ESCC Safer Communities Team', 'Strategy and Partnership Officer', NULL, NULL, 'Officer time', '2010-12-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0276', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'BEP (b)', 'Strengthen our partnership approach to identifying and targeting young offenders in order to prevent offending or anti-social behaviour.',
     'East Sussex Youth Offending Team', 'Practice Manager, Prevention', NULL, NULL, 'Officer time', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0277', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'BEP (c)', 'Reduce negative public perceptions of young people by celebrating the achievements of the majority',
     'ESCC Safer Communities Team', 'Communications Officer', NULL, NULL, 'Costs associated with communication', '2009-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0278', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'BEP (d)', 'Develop stronger prevention messages to young people showing the consequences of the criminal pathway',
     'ESCC Safer Communities Team', 'Strategy and Partnership Officer', NULL, NULL, 'To be determined', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0279', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0109',
     'BEP (e)', 'Investigate the feasibility of implementing the triage model for Youth Offending Team in the two custody suites in East Sussex',
     'East Sussex Youth Offending Team', 'Youth Offending Team Manager', NULL, NULL, 'To be determined', '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0280', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0110',
     'CC1', 'Map the partnerships current consultation and engagement activities and develop a consultation plan to identify how these can be improved.',
     'ESCC Safer Communities Team', 'Communications Officer', NULL, NULL, NULL, '2010-09-30', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0281', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0110',
     'CC2', 'Use local confidence surveys to identify ward level hotspots for those people who responded to the surveys and are least confident in the Police and Local Authority tackling crime and anti-social behaviour in their local area',
     'ESCC Safer Communities Team', 'Performance Manager', NULL, NULL, NULL, '2011-03-31', 'OPEN', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0282', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0110',
     'CC3', 'Identify and deliver partnership campaigns for the year',
     'ESCC Safer Communities Team', 'Communications Officer', NULL, NULL, NULL, '2010-07-31', 'OPEN', NULL, 0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

-- Each milestone with its completion date as the source states it, and its own lead where the source names one
-- (NULL: the action's lead).
INSERT INTO milestone (id, action_id, text, due_kind, due_value, lead_organisation, lead_job_title, done_on, version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1001', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0211', 'Monitor at six monthly intervals data on crime hotspots and report to the Safer Communities Partnership (exact group to be agreed through partnership review process)', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1002', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0211', 'Implement structures (agreed by the partnership review) to respond to emerging issues and hotspots identified by partnership data.', 'MONTH', '2010-12', 'TBC (following partnership review process)', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1003', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0211', 'Report progress in addressing emerging issues and hotspots to the Safer Communities Partnership structure (exact group to be agreed through partnership review).', 'RECURRENCE', 'QUARTERLY', 'TBC (following partnership review process)', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1004', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0212', 'Investigate and report on ways to co-ordinate information and advice through the partnership response to crime hotspots', 'PLAN_QUARTER', 'Quarter 3 Year 1', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1005', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0213', 'Complete and Distribute new Drug Alcohol & Tobacco Education (DATE) policy guidance to schools', 'MONTH', '2010-11', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1006', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0214', 'The Alcohol and Personal Safety Resources Group to develop campaigns to raise awareness of the key risks in relation to alcohol consumption and sexual offences.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1007', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0214', 'Development and delivery of one social marketing campaign in 2010 as outlined in the Alcohol Communications and social Marketing Strategy', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1008', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0215', 'Work with licensing departments and police to explore and develop a response to ‘on’ and ‘off’ premises sales in areas where there is a high incidence of under-18s hospital admissions', 'RECURRENCE', 'ONGOING', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1009', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0216', 'By July 2010 , a  referral pathway will be established that ensures referral to U19’s SMS at point of alcohol confiscation', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1010', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0216', 'By September 2010, a referral pathway will be in use.', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1011', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0217', 'Through the Pan Sussex Licensing Liaison Group co-ordinate a response to Government findings of the national review of the Social Responsibility Standards for the Production and Sale of Alcoholic Drinks', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1012', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0217', 'Develop a set of measures against which to assess the effectiveness of Licensing Policies', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1013', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0217', 'Ensure that future Licensing Policies make clear links to the health agenda.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1014', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0218', 'The Safer Pubbing and Clubbing group to develop campaigns to raise awareness of the key risks in relation to alcohol consumption and sexual offences.', 'TBC', 'TBC', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1015', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0218', 'Ensure occupational groups working with the victims of sexual offences undertake screening, identification, referral and brief interventions for alcohol use (refer also to HD1)', 'MONTH', '2010-04', 'NHS East Sussex Community Services', 'Health Improvement Commissioning Manager', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1016', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0219', 'Improve alcohol education and support for 16-19 year olds in Further and Higher education by working in partnership with colleges to ensure that information and advice about alcohol is routinely made available to students.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1017', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0219', 'Improve alcohol education and support for 18-21 year olds in Universities by working in partnership with colleges and universities to ensure that information and advice about alcohol is routinely made available to students.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1018', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0219', 'Consider the ways that young people who are Not in Education, Employment or Training (NEET) receive key awareness raising messages', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1019', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0220', 'Develop and implement Identification and Brief Advice (IBA) skills training for key staff.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1020', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0220', '‘Aftercare’ or ‘extended case monitoring’ will routinely be provided to ensure people who access treatment are followed-up at 3, 6 and 12 months.', 'MONTH', '2010-04', 'Drug and Alcohol Action Team', 'Joint Commissioning Manager, Substance Misuse', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1021', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0221', 'Through commissioning, drug services to manage alcohol misuse as part of their core service for people with a primary diagnosis of problem drug use', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1022', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0221', 'Contract reviews to ensure drug workers are competent to do this.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1023', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0222', 'Scope the scale of mental health and alcohol issues in order to understand what additional work needs to be undertaken. By August 2010 a scoping document will be available which highlights the scale of the problem and identifies current services and gaps.', 'MONTH', '2010-08', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1024', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0223', 'Alcohol and housing to be included as a key priority in the alcohol data collection strategy', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1025', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0224', 'By September 2010, to have drafted the East Sussex Road Safety Strategy covering the period 2010 to 2020.  The strategy to include a section on addressing the problems of driving whilst under the influence of alcohol or drugs.', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1026', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0225', 'Develop effective referral protocols between domestic violence and new alcohol services. By July 2010 a referral protocol to be in place', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1027', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0225', 'Develop effective referral protocols between the probation service and new alcohol services for perpetrators of domestic violence. By July 2010 a referral protocol to be in place; this will take the referral needs of the wider family into account. E.g. Safeguarding', 'MONTH', '2010-07', 'ESCC Safer Communities Team and Sussex Probation (alcohol service)', 'Violence and Hate Crime Manager', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1028', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0226', 'Develop systems for enabling user and carer representation on the Alcohol Steering Group', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1029', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0226', 'The DAAT, in consultation with   alcohol service providers will have scoped different models for enabling service user and carers involvement in business and planning meetings and reviews and these will be considered within the relevant meetings', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1030', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0226', 'The updated Young Carers Strategy will include a focus on young carers of alcohol misusing parents and make recommendations as part of implementation planning.', 'MONTH', '2010-04', 'ESCC Children’s Services; NHS East Sussex Downs and Weald, Hastings & Rother', 'Operations Manager, Specialist Services', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1031', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0226', 'By April 2010 a Young Carer Implementation Plan will be in place', 'MONTH', '2010-04', 'ESCC Children’s Services; NHS East Sussex Downs and Weald, Hastings & Rother', 'Operations Manager, Specialist Services', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1032', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0227', 'Develop a communication plan for the alcohol strategy which reinforces national campaigns, ensuring local campaigns provide information about where and how to get help.', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1033', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0227', 'By July 2010 the development of a long term Communication Strategy will have been explored by the Safer Communities Team and the Department of Public Health and other stakeholders.', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1034', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0228', 'Safer Pubbing and Clubbing Young People''s Alcohol and Personal Safety Resources Group Communication, Consultation and Community Engagement Group U25’s Teenage Pregnancy and Sexual Health Media Group 25+ Sexual Health Action Group Make links to share their work and to ensure key alcohol and sexual health messages, where possible, are included all relevant campaigns.', 'RECURRENCE', 'QUARTERLY', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1035', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0228', 'Commission sexual health services to include media and campaign work that highlights the risk of alcohol use in relation to sexual health, delivered by a range of partners. Services will be commissioned which reflect the needs identified in the East Sussex Joint Strategic Needs Assessment on Alcohol', 'MONTH', '2010-04', 'NHS Hastings and Rother and NHS East Sussex, Downs and Weald', 'Health Improvement Commissioning Manager', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1036', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0229', 'The DAAT partnership will work with local public sector employers to support work place alcohol policies.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1037', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0230', 'By July 2010 a data collection strategy will have been drafted and shared with the data group.', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1038', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0230', 'By March 2011 this data will be reported to the DAAT.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1039', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0230', 'By March 2011 an annual needs assessment process will have been mapped out and include lessons learned from the inquiry processes.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1040', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0231', 'Investigate the possibility for sharing de-personalised Accident and Emergency intelligence with the Safer Communities Partnership. Respond to the research findings of Home Office research of pilot sites', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1041', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0232', 'Produce project plan for the development of a commissioning strategy to include a focus on perpetrators, victims and other family members and prevention, protection and service provision strands.', 'MONTH', '2010-04', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1042', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0232', 'Produce draft needs assessment for consultation.', 'MONTH', '2010-07', 'ESCC Safer Communities Team', 'Safer Communities Manager', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1043', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0232', 'Review national Violence Against Women and Girls commissioning guidance.', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1044', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0232', 'Complete Equalities Impact Assessment.', 'MONTH', '2010-11', 'ESCC Safer Communities Team', 'Strategy and Partnership Officer', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1045', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0232', 'Submit joint commissioning strategy to partnership boards and cabinets.', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1046', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0233', 'Develop an improvement plan in response to the findings of CAADA quality assurance process for Eastbourne, Wealden and Lewes MARAC.', 'MONTH', '2010-10', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1047', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0233', 'Identify actions from the quality assurance programme appropriate to the development of the Hastings and Rother MARAC.', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1048', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0233', 'Develop the role of MARAC champions to promote identification and referral of highest risk victims of domestic violence.', 'MONTH', '2010-08', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1049', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0234', 'Consult service users and carers on an effective and sustainable framework.', 'MONTH', '2010-01', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1050', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0234', 'Submit report outlining proposal to the Violence and Hate Crime Manager.', 'MONTH', '2010-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1051', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0235', 'Develop screening and brief intervention training for frontline practitioners working in a range of settings and disciplines, including health, safeguarding services, substance misuse and housing.', 'MONTH', '2010-05', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1052', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0235', 'Deliver training and awareness raising events to generic frontline practitioners.', 'RECURRENCE', 'BI_MONTHLY', 'ESCC Safer Communities Team and East Sussex County Council', 'Harm Reduction Officer and Domestic Violence Project Officer', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1053', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0235', 'Develop a rolling communications plan for domestic violence and sexual violence targeting areas where there is perceived under-reporting.', 'MONTH', '2010-06', 'ESCC Safer Communities Team and East Sussex County Council', 'Harm Reduction Officer and Domestic Violence Project Officer', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1054', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0235', 'Support the rollout of local actions described in the Violence Against Women and Girls Strategy within PSHE.', 'MONTH', '2010-11', 'ESCC Safer Communities Team and East Sussex County Council', 'Harm Reduction Officer and Domestic Violence Project Officer', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1055', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0236', 'Action plan to be developed and signed-off by East Sussex Casualty Reduction Board. Progress against the action plan will be monitored quarterly through the East Sussex Casualty Reduction Steering Group.', 'PLAN_QUARTER', 'Quarter 1 Year 1', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1056', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0237', 'Road Safety Strategy agreed and adopted by key agencies. This will include a section on addressing the problems of driving whilst under the influence of alcohol or drugs (Action L10 of Alcohol Action Plan)', 'PLAN_QUARTER', 'Quarter 4 Year 1', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1057', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0238', 'Report to the East Sussex Casualty Reduction Steering Group on how partners can best come together to co-ordinate activity in schools.', 'PLAN_QUARTER', 'Quarter 2 Year 1', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1058', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0201', 'Assessment of need produced by IOM Project Team and signed off by project board', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1059', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0201', 'IOM Project group to identify cohorts of offenders and priority wraparound services to be involved in IOM schemes and use this to map out the model for IOM in East Sussex', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1060', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0202', 'Year one project plan to be produced', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1061', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0202', 'Equality Impact Assessment undertaken', 'MONTH', '2010-11', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1062', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0202', 'Commissioning strategy agreed by Reducing Reoffending Board', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1063', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0203', 'Co-locate IOM services in Hastings and Rother', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1064', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0204', 'Make health specific recommendations to inform the IOM model in East Sussex', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1065', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0204', 'Make health specific recommendations for offenders (other than IOM) in East Sussex', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1066', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0205', 'IOM model to include links to neighbourhood policing', 'MONTH', '2010-08', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1067', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0206', 'Identify access to services for ex offenders within phase three of the Supporting People Commissioning Project. Strategically review service provision and make recommendations for future commissioning of specialist services', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1068', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0206', 'Extend the POAL scheme to ensure that East Sussex offenders who form part of the IOM cohort held at HMP Lewes serving sentences of less than 12 months have access to housing advice and support.', 'MONTH', '2010-09', 'Surrey and Sussex Probation Trust in liaison with District and borough Housing leads', 'Director, East Sussex and Brighton Local Delivery Units', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1069', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0206', 'Develop a means of providing an accommodation advice and support service to East Sussex offenders held at HMP Bronzefield on sentences of less than 12 months.', 'MONTH', '2010-09', 'Surrey and Sussex Probation Trust with Sussex Police', 'Director, East Sussex and Brighton Local Delivery Units; Detective Inspector', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1070', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0207', 'A referral and process and criteria will be mapped out', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1071', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0208', 'Investigate the impact and current service provision for children and families of offenders in custody and under supervision in the community and make specific recommendations for IOM', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1072', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0209', 'Progress on actions to be discussed regularly at the PPO Strategic Management Group and blocks reported to the Safer Communities Steering Group', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1073', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0239', 'Report presented to TPG', 'MONTH', '2010-05', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1074', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0239', 'Improvement plan in place', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1075', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0240', 'The Under 19s SMS will monitor trends in unclassified substance misuse disclosed by young people referred to services and highlight emerging trends to the YPPMG', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1076', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0240', 'Develop and deliver a partnership communications campaign that highlights the risk of misusing unclassified substances and amplifies national campaigns.', 'MONTH', '2011-03', 'NHS Community Services', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1077', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0240', 'Enforcement activity will include supply of recently criminalized drugs', 'MONTH', '2011-03', 'Sussex Police', 'Detective Chief Inspector', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1078', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0240', 'Evaluate intelligence received on sources of supply of unclassified drugs in the County and liaise with Trading Standards seeking to enforce applicable legislation where evidence of a breach can be established.', 'MONTH', '2011-03', 'Sussex Police', 'Detective Chief Inspector', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1079', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0241', 'Consider how perceptions of drug use or dealing as a problem can be incorporated into the partnership’s regular reporting frameworks', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1080', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0241', 'Explore further opportunities to improve reporting drug use or dealing in neighbourhoods and publicise how the partnership has responded to concerns reported', 'MONTH', '2010-03', 'Sussex Police with ESCC Safer Communities Team', 'Communications Officer', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1081', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0241', 'Using JAGs or newly restructed meetings as a result of the Partnership Review, develop local responses, including enforcement activity, to reports of drug use or dealing in neighbourhoods and feed back activity to the Safer Communities Steering Group', 'MONTH', '2011-03', 'Sussex Police (Eastbourne and Hastings)', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1082', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0242', 'Actions performance rated as ‘amber’ or ‘red’ to be raised at the Joint Commissioning Group', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1083', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0243', 'Actions performance rated as ‘amber’ or ‘red’ to be raised at the Young People’s Performance Management Group (YPPMG)', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1084', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0244', 'Progress to be reported to DAAT board', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1085', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0245', 'Progress to be reported to DAAT board', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1086', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0246', 'By July 2010 Sussex Police will specify what information is required for which crime types.', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1087', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0246', 'By November, a report will produced and shared with the Reducing Adult Reoffending board', 'MONTH', '2010-11', 'ESCC Safer Communities Team', 'Strategy & Partnership Officer', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1088', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0247', 'By May Operation Sunshine plan will be prepared and ready for implementation', 'MONTH', '2010-05', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1089', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0247', 'By September Operation Twilight plan will be prepared and ready for implementation', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1090', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0248', 'By March 2011 Operation Sabre plan will be refreshed and running across all districts and boroughs', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1091', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0249', 'Quarterly intelligence reports will continue to be produced for the Joint Action Groups/newly structured delivery group that will include (offender?) crime group maps for dwelling burglary.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1092', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0250', 'By April 2010 intelligence requirements will be in use in East Sussex', 'MONTH', '2010-04', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1093', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0251', 'Ward level analysis will continue to be produced in key hotspots for specific crime types.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1094', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0251', 'Responses to analysis will be delivered by newly structured JAG/ delivery groups', 'MONTH', '2011-03', 'Group chairs pending partnership review outcomes', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1095', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0252', 'Each Community Safety Partnership to publish minimum standards to the public', 'MONTH', '2010-04', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1096', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0253', 'Report key intelligence issues to key partnership groups (determined through the partnership review) and identify action in each district/ borough hotspots.', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1097', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0254', 'Take recommendations of Sussex Police ASB review and mainstream ASB posts within partner agencies.', 'MONTH', '2010-06', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1098', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0255', 'Develop a risk assessment for victims of ASB', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1099', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0255', 'Establish Sussex Police procedures to ensure individual need and risk is assessed and dealt with appropriately.', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1100', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0255', 'Create a victim based database  which is used by each district.', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1101', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0256', 'Create a shared database accessible to all staff involved in ASB reports and enforcement.', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1102', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0256', 'Adopt standard level of sanctions in each area', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1103', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0256', 'Clarify definitions of ASB and use the term ‘acceptable behaviour contract’.', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1104', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0257', 'Training in problem solving techniques given to all Neighbourhood Policing Team officers and staff', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1105', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0257', 'ASB officers are given appropriate training in legislation and process', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1106', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0257', 'Establish an ASB team overseen by a divisional Inspector but based on districts.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1107', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0258', 'Divisional Intelligence Unit to work with safer communities analysts to create a neighbourhood policing/ ASB desk.', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1108', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0259', 'Service level agreement developed with partners', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1109', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0259', 'Establish an ASB thematic group for East Sussex', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1110', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0260', 'Publish a tactical menu', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1111', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0261', 'Publish analytical products', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1112', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0262', 'Maintain quarterly meetings of the ASB practitioners forum to enable practitioners to share information, best practice and training.', 'RECURRENCE', 'QUARTERLY', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1113', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0263', 'ASB partnership review process to consider how victims of hate crime can be supported through ASB victim support mechanisms.', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1114', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0263', 'Hate Crime Service Review to consider how support pathways can be integrated with ASB victim support mechanisms.', 'MONTH', '2010-09', 'ESCC Safer Communities Team', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1115', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0264', 'Set up multi-agency project group', 'MONTH', '2010-06', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1116', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0264', 'Complete a needs assessment', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1117', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0264', 'Agree a service specification', 'DATE', '2011-01-01', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1118', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0265', 'Report to Youth Crime Prevention Strategy group (YCPSG)on existing practice in East Sussex to reduce the number of young people who re-offend.', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1119', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0265', 'Report to YCPSG on best practice in other areas which have low numbers of young people who re-offend', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1120', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0265', 'Agree future actions with Youth Crime Prevention Strategy Group.', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1121', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0266', 'Agree communication processes within Integrated Offender Management Scheme divisional meetings.', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1122', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0267', 'Report to YOT Operational Managers group on the support options for young people after their  sentence has come to an end and determine next steps', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1123', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0268', 'Release one proactive press release per year to promote the action is being taken to tackle youth offending.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1124', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0269', 'Report to YOT Operational Managers Group on ways to improve equality data collection for: a) First Time Entrants b) Young People who re-offend c) Young People Sentenced to custody d) Sussex Police stop and examine data e) Experiences of young people in the youth justice system at the end of their sentence', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1125', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0270', 'Report to the YOT Operational Managers Group on the 2009/10 First Time Entrants (FTE) figures and the ratio of male to female FTE. Discuss results and proposed response.', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1126', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0271', 'Work with Sussex Police to improve data records of victims of crime', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1127', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0272', 'Neighbourhood policing teams to include young people in their consultations about policing priorities and feedback to Youth Crime Prevention Strategy Group', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1128', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0273', 'Consult young people on their experience of restorative justice. Review results and report consistently to inform service development.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1129', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0273', 'Set up mechanisms to ensure consistent collection of feedback from young people through their closing review meeting with YOT worker and report on findings to inform service development.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1130', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0274', 'Develop systems to ask parents of young offenders how we can improve the services offered to young offenders.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1131', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0275', 'Report to Youth Crime Prevention Strategy on existing practice in east Sussex to reduce the numbers of First Time Entrants to the Youth Justice System.', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1132', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0275', 'Report to Youth Crime Prevention Strategy on best practice in other areas who have low numbers of first time entrants to the youth justice system.', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1133', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0275', 'Agree future actions with Youth Crime Prevention Strategy group.', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1134', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0275', 'Report  to Youth Crime Prevention Strategy on the impact of the PENY (Police Electronic Notification of YOTs) review', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1135', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0276', 'Set up a task group to discuss the existing Prevent groups and how they could be strengthened in light of the Safer Communities Partnership Review. This will look at how partners ensure a consistent approach to sharing information, assessment, early identification and targeted support across East Sussex.', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1136', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0277', 'Safer Communities Partnership to issue a positive media story in conjunction with the Youth Offending Team', 'MONTH', '2009-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1137', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0278', 'Report to Youth Crime Prevention Strategy on existing work in East Sussex and  national best practice', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1138', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0278', 'Identify hotspot areas (based on high FTE rates) and trial an approach', 'MONTH', '2010-12', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1139', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0278', 'Work in partnership to deliver agreed prevention messages', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1140', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0279', 'Carry out a short feasibility exercise and discuss with the YOT Chief Officers Group', 'MONTH', '2011-03', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1141', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0280', 'Map out current consultation and engagement', 'MONTH', '2010-06', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1142', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0280', 'Suggest the most effective way of consulting and engaging with the identified groups during each period of consultation, making sure the needs of different groups are taken into account.', 'MONTH', '2010-08', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1143', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0280', 'Consultation Plan produced and approved by the partnership Communications and Consultation Group', 'MONTH', '2010-08', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1144', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0280', 'Consultation Plan approved by the Safer Communities Steering Group', 'MONTH', '2010-09', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1145', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0281', 'Produce quarterly reports on both a county and district/borough level which interprets data from the online community safety survey.', 'RECURRENCE', 'QUARTERLY', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1146', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0281', 'Identify what data is collected by all partners in relation to confidence, and how the partnership can work together to produce regular reporting formats', 'TBC', 'TBC', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1147', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0281', 'Establish new methods to publicise the online community safety survey to ensure the widest possible audience and work to increase responses.', 'MONTH', '2010-08', 'Communications and Consultation Group', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1148', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0281', 'Identify ward level hotspots for those people who are least confident', 'MONTH', '2010-10', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1149', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0282', 'Update the existing Media Principles Guide calendar to detail all possible partnership campaigns, spanning a variety of thematic areas.', 'MONTH', '2010-07', NULL, NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1150', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0282', 'Identify partnership campaigns for 2010-2011.', 'MONTH', '2010-07', 'TBA', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1151', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0282', 'Implement partnership campaigns and evaluate their effectiveness.', 'RECURRENCE', 'ONGOING', 'TBA', NULL, NULL, 0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

-- The concrete due dates each milestone resolves to for 2010/11 (none for TBC and ONGOING).
INSERT INTO milestone_due (milestone_id, position, due_on, done_on, done_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1001', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1002', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1003', 0, '2010-06-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1003', 1, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1003', 2, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1003', 3, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1004', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1005', 0, '2010-11-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1006', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1007', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1009', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1010', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1011', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1012', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1013', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1015', 0, '2010-04-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1016', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1017', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1018', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1019', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1020', 0, '2010-04-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1021', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1022', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1023', 0, '2010-08-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1024', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1025', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1026', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1027', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1028', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1029', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1030', 0, '2010-04-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1031', 0, '2010-04-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1032', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1033', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1034', 0, '2010-06-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1034', 1, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1034', 2, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1034', 3, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1035', 0, '2010-04-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1036', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1037', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1038', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1039', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1040', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1041', 0, '2010-04-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1042', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1043', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1044', 0, '2010-11-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1045', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1046', 0, '2010-10-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1047', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1048', 0, '2010-08-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1049', 0, '2010-01-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1050', 0, '2010-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1051', 0, '2010-05-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1052', 0, '2010-05-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1052', 1, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1052', 2, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1052', 3, '2010-11-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1052', 4, '2011-01-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1052', 5, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1053', 0, '2010-06-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1054', 0, '2010-11-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1055', 0, '2010-06-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1056', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1057', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1058', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1059', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1060', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1061', 0, '2010-11-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1062', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1063', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1064', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1065', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1066', 0, '2010-08-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1067', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1068', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1069', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1070', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1071', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1072', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1073', 0, '2010-05-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1074', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1075', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1076', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1077', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1078', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1079', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1080', 0, '2010-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1081', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1082', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1083', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1084', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1085', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1086', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1087', 0, '2010-11-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1088', 0, '2010-05-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1089', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1090', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1091', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1092', 0, '2010-04-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1093', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1094', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1095', 0, '2010-04-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1096', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1097', 0, '2010-06-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1098', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1099', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1100', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1101', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1102', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1103', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1104', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1105', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1106', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1107', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1108', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1109', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1110', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1111', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1112', 0, '2010-06-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1112', 1, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1112', 2, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1112', 3, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1113', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1114', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1115', 0, '2010-06-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1116', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1117', 0, '2011-01-01', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1118', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1119', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1120', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1121', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1122', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1123', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1124', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1125', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1126', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1127', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1128', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1129', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1130', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1131', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1132', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1133', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1134', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1135', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1136', 0, '2009-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1137', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1138', 0, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1139', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1140', 0, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1141', 0, '2010-06-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1142', 0, '2010-08-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1143', 0, '2010-08-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1144', 0, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1145', 0, '2010-06-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1145', 1, '2010-09-30', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1145', 2, '2010-12-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1145', 3, '2011-03-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1147', 0, '2010-08-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1148', 0, '2010-10-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1149', 0, '2010-07-31', NULL, NULL),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a1150', 0, '2010-07-31', NULL, NULL)
ON CONFLICT DO NOTHING;

-- Quarterly progress for the local run's monitoring report: illustrative updates, not from the source (001 is the
-- plan as agreed, before any monitoring).
INSERT INTO progress_update (id, action_id, quarter, rag, note, recorded_by, recorded_at) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0401', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0201', '2010/11 Q1', 'GREEN', 'IOM Project Team formed; assessment of need under way', 'sample-data', '2010-07-08T10:00:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0402', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0201', '2010/11 Q2', 'AMBER', 'Assessment of need drafted; project board sign-off moved to October', 'sample-data', '2010-10-07T10:00:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0403', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0206', '2010/11 Q2', 'RED', 'POAL extension to HMP Lewes not yet funded; no service for women at HMP Bronzefield', 'sample-data', '2010-10-07T10:05:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0404', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0203', '2010/11 Q2', 'GREEN', 'Sites for co-located IOM services in Hastings identified', 'sample-data', '2010-10-07T10:10:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0405', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0209', '2010/11 Q2', 'GREEN', 'NI 30 delivery plan actions reviewed at the PPO Strategic Management Group', 'sample-data', '2010-10-07T10:15:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0406', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0211', '2010/11 Q2', 'AMBER', 'Six-monthly hotspot data reported; structures wait on the partnership review', 'sample-data', '2010-10-07T10:20:00Z'),
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0407', 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0212', '2010/11 Q2', 'GREEN', 'Options for co-ordinating advice to households drafted', 'sample-data', '2010-10-07T10:25:00Z')
ON CONFLICT DO NOTHING;

-- Issue 22, item 7: a past case conference per scheme (four weeks before the first start), so the agenda has history:
-- who attended (the attendance 003 describes: PPO officer, police, community safety, YOS, DIP, probation, the
-- partnership manager) and the discussion of two PPOs (offender-service's sample people 15 and 31 of the scheme).
INSERT INTO case_conference (id, scheme_code, held_on, attending_agencies, version, created_at, created_by)
SELECT md5('sample-conference-' || s.code)::uuid, s.code, current_date - 28,
       '["police", "council", "yos", "dip", "probation"]', 0, now(), 'sample-data'
  FROM (VALUES ('HASTINGS'), ('EASTBOURNE'), ('THURROCK')) AS s(code)
ON CONFLICT DO NOTHING;

INSERT INTO case_conference_attendee (case_conference_id, position, name, agency, role)
SELECT md5('sample-conference-' || s.code)::uuid, a.position, a.name, a.agency, a.role
  FROM (VALUES ('HASTINGS'), ('EASTBOURNE'), ('THURROCK')) AS s(code),
       (VALUES (0, 'PC 4015 A. Khan', 'police', 'PPO Officer'),
               (1, 'Insp. R. Hale', 'police', 'Sector inspector'),
               (2, 'M. Bennett', 'council', 'Community Safety / Anti-Social Behaviour Manager'),
               (3, 'YOS worker E. Clarke', 'yos', 'Youth Offending Service'),
               (4, 'S. Reid', 'dip', 'Drug Intervention Programme worker'),
               (5, 'Probation officer F. Ahmed', 'probation', 'Offender manager'),
               (6, 'J. Morgan', 'council', 'Partnership Manager')) AS a(position, name, agency, role)
ON CONFLICT DO NOTHING;

INSERT INTO case_conference_item (case_conference_id, position, offender_id, discussion, raised_actions, recorded_at, recorded_by)
SELECT md5('sample-conference-' || s.code)::uuid, i.position, md5('sample-person-' || s.no || '-' || i.n)::uuid, i.discussion,
       '[]', now(), 'sample-data'
  FROM (VALUES ('HASTINGS', 1), ('EASTBOURNE', 2), ('THURROCK', 3)) AS s(code, no),
       (VALUES (0, 15, 'Arrested twice this month for theft from vehicles; intelligence links him to a new associate. Targeting continues.'),
               (1, 31, 'Amber list: 3 years for dwelling burglary. Pre-release planning: accommodation on release and a DIP referral.'))
           AS i(position, n, discussion)
ON CONFLICT DO NOTHING;

-- Issue 23, items 4 and 8 (source 000): the NI 30 delivery plan as the East Sussex LAA delivery plan (version 1,
-- updated 8 May 2009) writes it. Personal names are replaced by job titles (or "named officer" where the plan gives
-- none); e-mail addresses and phone numbers are left out. Words the published text lost (cut off at a column edge)
-- are marked with "…". Then some recorded progress with evidence, so the local run shows a plan that moves.
-- The invented plan of earlier sample data (…0501) goes where a local database still holds it.
DELETE FROM delivery_plan_target WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');
DELETE FROM delivery_plan_activity WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');
DELETE FROM delivery_plan_sub_target WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');
DELETE FROM delivery_plan_risk WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');
DELETE FROM delivery_plan WHERE id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501'
   AND NOT EXISTS (SELECT 1 FROM delivery_plan_progress WHERE delivery_plan_id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501');

INSERT INTO delivery_plan (id, indicator, title, partnership, definition, baseline_value, baseline_period, indicator_lead,
                           statutory_partners, non_statutory_partners, steering_group, links, resources, version,
                           created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530', 'NI 30', 'East Sussex LAA Delivery Plan: re-offending rate of prolific and other priority offenders',
     'East Sussex',
     'The Prolific and Other Priority Offenders Strategy seeks to reduce adult re-… ders PPOs. Targeting th… crime rates, '
     || 'will result … quent reduction in fear … e strands or groups of c… and Convict''- actively … and Resettle'' working w… '
     || 'fenders will be offered the opportunity of rehabilitation or face a swift return to court.',
     273, 'Baseline of the plan''s performance table (the plan does not state its window)',
     'Director, East Sussex and Brighton Local Delivery Units, Sussex Probation Area',
     '["Eastbourne Borough Council", "East Sussex County Council", "Hastings Borough Council", "Lewes District Council", "Rother District Council", "Sussex Police", "Sussex Probation", "Wealden District Council"]',
     '["East Sussex DAAT", "East Sussex Management Group members (the statutory partners marked ~: East Sussex County Council, Sussex Police, Sussex Probation)", "CRI", "Supporting People", "Eastbourne Crime Reduction Partnership", "Lewes Crime Reduction Partnership", "Safer Rother Partnership", "Safer Hastings Partnership", "Safer Wealden Partnership"]',
     'East Sussex Prolific and other Priority Offender (PPO) Strategic management Group. Co/Chair Director, Sussex Probation '
     || 'Area; Co/Chair Detective Inspector, Sussex Police. The group''s membership is drawn from the named partners and meets quarterly.',
     '["East Sussex Community Safety Agreement 2009 to 2010", "Supporting People Strategy 2005 to 2010", "Responding to the Housing and Related Support Needs of Ex-Offenders in East Sussex, Supporting People, December 2008", "East Sussex Health and Social Care Commissioning Strategy for Drugs 2008 to 2011", "DAAT Adult Drug Treatment Plan 2009 to 2010", "Youth crime Prevention Strategy 2009 to 2012", "Sussex Police? Reducing Supply Plan/Strategy?"]',
     'Sussex Probation Area provide dedicated staff to work with this offender group: 2 Full time Probation Officers and 1 '
     || 'full time administrator. Sussex Police contribute 2 full time Police Officers co located in Hastings and Eastbourne '
     || 'with probation colleagues. Hastings and Rother CDRP contribute to the funding of 1 full time Probation Service '
     || 'Officer in Hastings. Currently there is no financial support provided to these schemes from Eastbourne, Lewes and '
     || 'Wealden CDRPs. In previous years there has been funding for a Probation Service Officer in Eastbourne. It is planned '
     || 'that the ''reward '' monies gained by the scheme as a result of excellent performance through 2007-8 be re-invested '
     || 'into the scheme through 20010-12. A PPO co-ordinator is responsible for all administration attached to the '
     || 'management of the scheme and this post is funded by Sussex Police.',
     0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

-- Baseline 273; 08/09 -60%; 09/10 -22% -> 213; 10/11 to be announced.
INSERT INTO delivery_plan_target (delivery_plan_id, position, financial_year, reduction_percent, target_value, note)
SELECT p.id, t.position, t.financial_year, t.reduction_percent, t.target_value, t.note
  FROM delivery_plan p,
       (VALUES (0, '2008/09', NULL::numeric, NULL::integer, '-60%'),
               (1, '2009/10', 22.00, 213, NULL),
               (2, '2010/11', NULL, NULL, 'TBA by applying the common ratio 1.20 to the performance ceiling % target identified after the cohort has been refreshed.'))
           AS t(position, financial_year, reduction_percent, target_value, note)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;

INSERT INTO delivery_plan_sub_target (id, delivery_plan_id, number, position, text)
SELECT md5('sample-ni30-sub-target-' || s.number)::uuid, p.id, s.number, s.number - 1, s.text
  FROM delivery_plan p,
       (VALUES (1, 'To ensure access to a fast track prescribing service for Class A drug using PPOs in each locality/PCT.'),
               (2, 'To improve PPO access to accommodation on release from prison and resettlement in the community'),
               (3, 'To work with partners to identify resources and ways of working with offenders in the ''catch and convict'' strand to achieve improved outcomes'),
               (4, 'To collate and integrate offender management data from all PPO partners to further inform the strategic assessment process'),
               (5, '… Sussex strategy group for ''Integrated Offender …')) AS s(number, text)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;

-- The plan names no owner per risk: the owner is whom the mitigations name, else the indicator lead.
INSERT INTO delivery_plan_risk (id, delivery_plan_id, number, position, risk, mitigations, owner)
SELECT md5('sample-ni30-risk-' || r.number)::uuid, p.id, r.number, r.number - 1, r.risk, r.mitigations::jsonb, r.owner
  FROM delivery_plan p,
       (VALUES (1, 'PPOs fail to gain access to suitable accommodation',
                '["Ensure Rent Deposit Scheme is operating as intended and meets identified needs", "Contribute to the Supporting People review of ''Single Homeless with Support Needs''", "Develop supported accommodation access through the Ex-Offenders Steering Group.", "Making sure needs are net that are identified in the \"Responding to the Housing and Related Support Needs of Ex- Offenders in East Sussex, Report", "Ensure offender access to ''Generic Floating Support'' as provided by Stonham Housing (Hastings and Rother); Brighton Housing Trust/Southern Housing Group Eastbourne, Lewes and Wealden"]',
                'Director, East Sussex and Brighton Local Delivery Units, Sussex Probation Area'),
               (2, 'Failure to identify suitable resources to support offenders in the ''catch and convict'' strand',
                '["PPO Steering Group will consider ways of reaching this group and co-ordinate bids for funding to relevant CDRP", "Local PPO schemes will consider how the ''Peer Mentoring ''Scheme may be extended to include those in the ''Catch and Convict'' strand"]',
                'PPO Steering Group'),
               (3, 'Failure to establish rapid access to substitute prescribing',
                '["Meeting with new provider (CRI) arranged by lead Senior Probation Officers in May 2009"]',
                'Lead Senior Probation Officers, Sussex Probation Area')) AS r(number, risk, mitigations, owner)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;

INSERT INTO delivery_plan_activity (id, delivery_plan_id, number, position, activity, timescale, interim_measure,
                                    measured_how_often, partner, named_contact)
SELECT md5('sample-ni30-activity-' || a.number)::uuid, p.id, a.number, a.number - 1, a.activity, a.timescale, a.interim_measure,
       a.how_often, a.partner, a.contact
  FROM delivery_plan p,
       (VALUES (1, 'Exploration of Supporting People resource to meet the accommodation needs of East Sussex PPOs', 'May 2009',
                'Identified access to accommodation for homeless offenders on release from prison- monitor outcomes by location '
                || 'and report to PPO strategic group. Process in place for PPO access to Generic Floating Support- monitor results '
                || 'by placement and report to PPO Strategic Group',
                'Reported to the PPO Strategic Group, which meets quarterly',
                'Sussex Probation Area; Supporting People',
                'Director, Brighton and East Sussex LDU, Sussex Probation Area; named officer, Supporting People, East Sussex County Council'),
               (2, 'Integrate offender data from all partnership agencies to inform delivery and impact of PPO scheme by individual CDRP',
                'Commence May 09 and ongoing',
                'Data is exchanged at agreed intervals with matching timeframes and is used to inform forward planning',
                'At agreed intervals with matching timeframes',
                'Sussex Probation Area; Sussex Police; Safer Communities Team, East Sussex County Council',
                'Director, Sussex Probation Area; named officer, Sussex Police; Performance Manager, Safer Communities Team, East Sussex County Council'),
               (3, 'Develop consultation process with service users to inform strategic plans for the PPO Strategy Group',
                'Project Plan in Place by 30.6.09',
                'Project Plan is shared with partners. Plan is reviewed and monitored by the Strategy Group.',
                'Reviewed and monitored by the Strategy Group, which meets quarterly',
                'Sussex Probation Service; Crime and Disorder Reduction Partnership',
                'Director, Sussex Probation Area'))
           AS a(number, activity, timescale, interim_measure, how_often, partner, contact)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;

-- Progress partners reported through 2009/10, each with the evidence the plan asks for.
INSERT INTO delivery_plan_progress (id, delivery_plan_id, activity_id, sub_target_id, status, as_of, note, evidence_text,
                                    evidence_link, recorded_by, recorded_at)
SELECT md5('sample-ni30-progress-' || g.n)::uuid, p.id,
       CASE WHEN g.kind = 'A' THEN md5('sample-ni30-activity-' || g.item)::uuid END,
       CASE WHEN g.kind = 'S' THEN md5('sample-ni30-sub-target-' || g.item)::uuid END,
       g.status, g.as_of::date, g.note, g.evidence, NULL, 'sample-data', (g.as_of::date + 7)::timestamptz
  FROM delivery_plan p,
       (VALUES (1, 'A', 1, 'ON_TRACK', '2009-06-30', 'Supporting People resource for homeless offenders on release identified by location',
                'Report to the PPO Strategic management Group, June 2009'),
               (2, 'A', 1, 'ACHIEVED', '2009-09-30', 'Process in place for PPO access to Generic Floating Support',
                'Placements by provider reported to the PPO Strategic management Group, September 2009'),
               (3, 'A', 2, 'ON_TRACK', '2009-06-30', 'Exchange intervals agreed by probation, police and the Safer Communities Team',
                'Data exchange schedule agreed at the PPO Strategic management Group, June 2009'),
               (4, 'A', 2, 'AT_RISK', '2009-12-31', 'Police data not yet on matching timeframes for every CDRP', NULL),
               (5, 'A', 3, 'ACHIEVED', '2009-06-30', 'Project plan in place by 30.6.09',
                'Project plan for service-user consultation shared with partners, June 2009'),
               (6, 'S', 1, 'AT_RISK', '2009-06-30', 'Meeting with the new provider (CRI) held in May 2009; fast track not yet in every locality', NULL),
               (7, 'S', 2, 'ON_TRACK', '2009-09-30', 'Generic Floating Support open to PPOs in every district',
                'Supporting People placement returns, September 2009'))
           AS g(n, kind, item, status, as_of, note, evidence)
 WHERE p.id = 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530'
ON CONFLICT DO NOTHING;

-- Issue 23, items 5 and 6: the risk register and project status of source 004 (East Sussex community safety review
-- 2010, phase 4, executive summary, "Project Status at 18 June 2010" and "Key risks"), and the risks of source 000's
-- NI 30 delivery plan, linked to that delivery plan. Wording as the sources write it; project leads' names replaced by
-- their job titles. Neither source scores its risks or sets review dates, so likelihood, impact and review date are
-- left for the partnership to enter. The status table's bars and some ✓/Δ marks did not survive the text conversion:
-- each project's stage is read from the executive summary, and a deliverable with no legible mark has its status
-- from the summary (its note says so) or stays OUTSTANDING.
INSERT INTO project (id, partnership, name, lead_organisation, lead_job_title, stage, stage_since, note, deliverables,
                     version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004101', 'East Sussex', 'Structures / Perf. Mgt.', NULL,
     'Project Leads, Structures and Performance Management & Commissioning', 'PARTNER_AGREEMENT', '2010-06-18',
     'Detailed development of Performance Management framework and processes in next phase, including determination of analytical resources required.',
     '[{"name": "Structure ToRs, Membership", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; terms of reference developed (Appendices 1-5, 7)"},
       {"name": "JAG best practice templates", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; templates developed (Appendices 1-5, 7)"},
       {"name": "Coord/Admin workloads defined", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; coordinator workload reduced to JAG and District CSP work in the recommendations"},
       {"name": "Delivery option for Coord/Admin", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; two models developed and costed"},
       {"name": "Analyst delivery options", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": "Mark not legible in the source; analyst functions designed in the next phase"}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004102', 'East Sussex', 'Commissioning', NULL,
     'Project Lead, Performance Management & Commissioning', 'PARTNER_AGREEMENT', '2010-06-18',
     'Individual commissioning strategies and plans for thematic delivery to be developed following determination of preferred delivery options.',
     '[{"name": "Outline Commissioning Plan", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Commissioning Framework", "status": "DONE", "changed": true, "doneOn": null, "note": null}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004103', 'East Sussex', 'Anti-Social Behaviour', NULL,
     'Project Lead, ASB', 'NEEDS_ANALYSIS', '2010-06-18',
     'Interim solution developed to counter inconsistency in database/intelligence sharing mechanisms.',
     '[{"name": "Police ASB officers in post", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Victim Risk Assessment pilot", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Victim database standardised", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Standardised enforcement procedures", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004104', 'East Sussex', 'Confidence-Comms', NULL,
     'Project Lead, CCCE', 'PARTNER_AGREEMENT', '2010-06-18',
     'Further development following determination of preferred delivery option. Initial consultation via involvement of partners in identifying delivery options, priorities and good practice. Most effective impact measures identified.',
     '[{"name": "Mapping and gap identification", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Delivery priorities & key audiences", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Best practice options menu", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null},
       {"name": "Consultation on options begun", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null},
       {"name": "Impact measures developed", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004105', 'East Sussex', 'IOM', 'Sussex Probation Area',
     'Director, East Sussex and Brighton Local Delivery Units (Project Lead, IOM)', 'FUNDING_ALLOCATION', '2010-06-18',
     'Contingency plan being developed for more limited delivery model.',
     '[{"name": "Feasibility study & Bus. Case", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null},
       {"name": "MOJ approval of Bid", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": "Mark not legible in the source; the Eastbourne site awaits the outcome of the bid to the Ministry of Justice for capital funds"},
       {"name": "Reducing Reoffending Board", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; a Reducing Re-offending Board has been established"},
       {"name": "Target groups, eval. framework", "status": "OUTSTANDING", "changed": false, "doneOn": null, "note": null},
       {"name": "Police/Probation staff identified", "status": "DONE", "changed": false, "doneOn": null, "note": "Mark not legible in the source; co-location of identified enforcement and probation officers in Hastings is planned"}]',
     0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004106', 'East Sussex', 'east sussex safer communities partnership', NULL,
     'Coordinator, Community Safety Review', 'DETAILED_DESIGN_SOLUTION', '2010-06-18', NULL,
     '[{"name": "Outline Programme Plan", "status": "DONE", "changed": true, "doneOn": null, "note": null},
       {"name": "Exit strategy post June", "status": "OUTSTANDING", "changed": true, "doneOn": null, "note": null}]',
     0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

INSERT INTO risk (id, partnership, risk, owner_organisation, owner_job_title, mitigations, status, identified_on,
                  project_id, delivery_plan_id, version, created_at, created_by) VALUES
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004201', 'East Sussex', 'Partners acceptance of recommendations', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004202', 'East Sussex', 'Funding reductions', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004203', 'East Sussex',
     'Continuing commitment of all partners to a joint approach to community safety across the county', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004204', 'East Sussex',
     'Sufficient partner resources to continue the intensive work required for full implementation of agreed actions.', NULL, NULL,
     '[]', 'OPEN', '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004205', 'East Sussex',
     'No identified plan for continued coordination of work required to achieve full implementation.', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004206', 'East Sussex',
     'Full implementation of the IOM service is subject to LAA reward funding.', NULL, NULL,
     '["Contingency plans are being developed in the event that funding is not secured, either for the capital works or the enhanced support services to offenders targeted through the IOM programme."]',
     'OPEN', '2010-06-18', 'c5d7e3a1-6f2b-4d89-a0c4-23f5a0004105', NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0004207', 'East Sussex',
     'Outcome of Home Office approval of DIP Intensive application for Hastings and Rother.', NULL, NULL, '[]', 'OPEN',
     '2010-06-18', NULL, NULL, 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0000201', 'East Sussex', 'PPOs fail to gain access to suitable accommodation',
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units',
     '["Ensure Rent Deposit Scheme is operating as intended and meets identified needs",
       "Contribute to the Supporting People review of ''Single Homeless with Support Needs''",
       "Develop supported accommodation access through the Ex-Offenders Steering Group.",
       "Making sure needs are net that are identified in the \"Responding to the Housing and Related Support Needs of Ex- Offenders in East Sussex, Report",
       "Ensure offender access to ''Generic Floating Support'' as provided by Stonham Housing (Hastings and Rother); Brighton Housing Trust/Southern Housing Group Eastbourne, Lewes and Wealden"]',
     'OPEN', '2009-05-08', NULL, 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530', 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0000202', 'East Sussex',
     'Failure to identify suitable resources to support offenders in the ''catch and convict'' strand',
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units',
     '["PPO Steering Group will consider ways of reaching this group and co-ordinate bids for funding to relevant CDRP",
       "Local PPO schemes will consider how the ''Peer Mentoring ''Scheme may be extended to include those in the ''Catch and Convict'' strand"]',
     'OPEN', '2009-05-08', NULL, 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530', 0, now(), 'sample-data'),
    ('c5d7e3a1-6f2b-4d89-a0c4-23f5a0000203', 'East Sussex', 'Failure to establish rapid access to substitute prescribing',
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units',
     '["Meeting with new provider (CRI) arranged by lead Senior Probation Officers in May 2009"]',
     'OPEN', '2009-05-08', NULL, 'c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530', 0, now(), 'sample-data')
ON CONFLICT DO NOTHING;

-- Issue 23, item 1: indicators as data. The East Sussex indicators with the baselines, targets and actuals source 001
-- (and 000 for NI 30) gives, and Thurrock's from source 003 section 9.0. Where a source gives only a change (NI 16 down
-- 7 %, 335 crimes; ASB down 2 %) the indicator is here without an actual: no figure is invented. Suffolk (002) gives none.
INSERT INTO indicator (id, partnership, code, title, definition, unit, polarity, kind, frequency, baseline_period, baseline_value,
                       lead_organisation, lead_job_title, amber_tolerance_percent, source_type, source_cohort_id, source_area_code,
                       source_crime_types, version, created_at, created_by, updated_at, updated_by)
SELECT md5('sample-indicator-' || i.partnership || '-' || i.code)::uuid, i.partnership, i.code, i.title, i.definition, i.unit, i.polarity,
       i.kind, i.frequency, i.baseline_period, i.baseline_value, i.lead_organisation, i.lead_job_title, 5, i.source_type, NULL,
       i.source_area_code, CAST(i.source_crime_types AS jsonb), 0, now(), 'sample-data', now(), 'sample-data'
  FROM (VALUES
    ('East Sussex', 'NI 30', 'Re-offending rate of prolific and other priority offenders',
     'The Prolific and Other Priority Offenders Strategy seeks to reduce adult re-offending by PPOs: proven offences of the'
     || ' refreshed cohort of all East Sussex PPOs against its baseline (LAA delivery plan, source 000)',
     'proven offences', 'LOWER_IS_BETTER', 'COUNT', 'QUARTERLY', 'Proven offences of the 2009/10 cohort in its baseline year', 273,
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, NULL),
    ('East Sussex', 'NI 30 2008/09', 'Re-offending rate of PPOs: the 2008/09 cohort',
     'The LAA target for 2008/09 was to reduce the offences of an identified cohort of PPOs by 20%', 'proven offences',
     'LOWER_IS_BETTER', 'COUNT', 'ANNUAL', 'Offences of the identified 2008/09 cohort before the scheme', 366,
     'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units', NULL, NULL, NULL),
    ('East Sussex', 'NI 18', 'Rate of proven re-offending by adults under probation supervision',
     'Proven re-offending of the adult offenders under probation supervision in a cohort, against the predicted rate', '% re-offending',
     'LOWER_IS_BETTER', 'PERCENTAGE', 'ROLLING_12_MONTHS', NULL, NULL, 'Sussex Probation Area', 'Director, East Sussex and Brighton Local Delivery Units',
     NULL, NULL, NULL),
    ('East Sussex', 'NI 38', 'Drug related (Class A) offending rate',
     'The volume of offences committed by a cohort of substance misusing offenders in the 12 months following identification in'
     || ' the cohort, against the predicted volume: less than 1 is positive and better than the predicted outcome', 'actual ÷ predicted',
     'LOWER_IS_BETTER', 'PREDICTED_VS_ACTUAL_RATIO', 'ANNUAL', NULL, NULL, 'East Sussex Drug and Alcohol Action Team', 'DAAT Co-ordinator',
     NULL, NULL, NULL),
    ('East Sussex', 'NI 16', 'Serious acquisitive crime',
     'Serious acquisitive crime as police.uk''s categories allow: Burglary + Robbery + Vehicle crime (police.uk does not split'
     || ' dwelling from other burglary or personal from business robbery). The rolling year September 2008 to October 2009 was'
     || ' down 7% (335 crimes) on the previous rolling year', 'crimes', 'LOWER_IS_BETTER', 'COUNT', 'ROLLING_12_MONTHS',
     'The previous rolling year (001 gives the change only: 7%, 335 crimes)', NULL, 'Sussex Police', 'Divisional Commander',
     'POLICE_UK_CRIMES', 'E10000011', '["Burglary", "Robbery", "Vehicle crime"]'),
    ('East Sussex', 'ASB', 'Anti-social behaviour incidents per 1,000 population',
     'Police recorded anti-social behaviour incidents per 1,000 residents (police.uk Anti-social behaviour). Wards are red at 90+'
     || ' and amber at 50-90 per 1,000; incidents fell 2% from October 2008 to September 2009 on the previous 12 months',
     'incidents per 1,000', 'LOWER_IS_BETTER', 'RATE_PER_1000', 'ROLLING_12_MONTHS', 'October 2007 to September 2008 (001 gives the change only: 2%)',
     NULL, 'Sussex Police', 'Divisional Commander', 'POLICE_UK_CRIMES', 'E10000011', '["Anti-social behaviour"]'),
    ('East Sussex', 'NI 17', 'Perceptions of anti-social behaviour',
     'Residents who think anti-social behaviour is a problem in their local area (Place Survey)', '% of respondents',
     'LOWER_IS_BETTER', 'PERCENTAGE', 'ANNUAL', 'Place Survey 2008', 15.1, 'East Sussex County Council', 'Head of Community Safety',
     NULL, NULL, NULL),
    ('East Sussex', 'NI 21', 'Dealing with local concerns about anti-social behaviour and crime by the local council and police',
     'Residents who agree that the police and other local public services are successfully dealing with anti-social behaviour and'
     || ' crime in their local area (Place Survey)', '% of respondents', 'HIGHER_IS_BETTER', 'PERCENTAGE', 'ANNUAL', 'Place Survey 2008',
     25.5, 'Sussex Police', 'Divisional Commander', NULL, NULL, NULL),
    ('East Sussex', 'Confidence', 'Public confidence in the police and local council (British Crime Survey)',
     'The British Crime Survey''s single confidence measure: people who agree the police and local council are dealing with the'
     || ' anti-social behaviour and crime issues that matter in their area. The target for 2012 is 58%', '% of respondents',
     'HIGHER_IS_BETTER', 'PERCENTAGE', 'ROLLING_12_MONTHS', NULL, NULL, 'Sussex Police', 'Divisional Commander', NULL, NULL, NULL),
    ('East Sussex', 'NI 42', 'Perceptions of drug use or drug dealing as a problem',
     'Residents who think drug use or drug dealing is a problem in their local area (Place Survey)', '% of respondents',
     'LOWER_IS_BETTER', 'PERCENTAGE', 'ANNUAL', 'Place Survey 2008', 24.9, 'East Sussex Drug and Alcohol Action Team', 'DAAT Co-ordinator',
     NULL, NULL, NULL),
    ('East Sussex', 'NI 40', 'Drug users in effective treatment',
     'Problematic drug users (opiates and/or crack) recorded as in effective treatment in the 12 months', 'people',
     'HIGHER_IS_BETTER', 'COUNT', 'ROLLING_12_MONTHS', NULL, NULL, 'East Sussex Drug and Alcohol Action Team', 'DAAT Co-ordinator',
     NULL, NULL, NULL),
    ('East Sussex', 'Planned exits', 'Adults leaving drug treatment in a planned way',
     'Adults who left drug treatment in a planned way, of all who left', '% of leavers', 'HIGHER_IS_BETTER', 'PERCENTAGE', 'QUARTERLY',
     NULL, NULL, 'East Sussex Drug and Alcohol Action Team', 'DAAT Co-ordinator', NULL, NULL, NULL),
    ('Thurrock', 'NI 30', 'Re-offending rate of PPOs (LAA 2008/11 reward indicator)',
     'Re-offending of the PPO cohort: based on 20 PPOs, average time on the scheme 12.4 months. Target 20%, 26% stretch (reward)'
     || ' on the cohort''s baseline offences', 'proven offences', 'LOWER_IS_BETTER', 'COUNT', 'QUARTERLY',
     '20 PPOs, average 12.4 months on the scheme (003 gives no offence count)', NULL, 'Thurrock Community Safety Partnership',
     'PPO Co-ordinator', NULL, NULL, NULL),
    ('Thurrock', 'NI 16', 'Serious acquisitive crime',
     'Serious acquisitive crime as police.uk''s categories allow: Burglary + Robbery + Vehicle crime', 'crimes', 'LOWER_IS_BETTER',
     'COUNT', 'ROLLING_12_MONTHS', 'Baseline (003)', 3682, 'Essex Police', 'District Commander', 'POLICE_UK_CRIMES', 'E06000034',
     '["Burglary", "Robbery", "Vehicle crime"]'),
    ('Thurrock', 'NI 45', 'Young offenders'' engagement in suitable education, training and employment',
     'Young offenders engaged in suitable education, training or employment', '% of young offenders', 'HIGHER_IS_BETTER',
     'PERCENTAGE', 'ANNUAL', 'Baseline (003)', 63, 'Thurrock Youth Offending Service', 'YOS Manager', NULL, NULL, NULL)
  ) AS i(partnership, code, title, definition, unit, polarity, kind, frequency, baseline_period, baseline_value, lead_organisation,
         lead_job_title, source_type, source_area_code, source_crime_types)
ON CONFLICT DO NOTHING;

INSERT INTO indicator_target (indicator_id, financial_year, reduction_percent, target_value, stretch_reduction_percent, stretch_value)
SELECT md5('sample-indicator-' || t.partnership || '-' || t.code)::uuid, t.financial_year, t.reduction_percent, t.target_value, NULL, NULL
  FROM (VALUES
    -- 000: baseline 273, 09/10 213 (−22 %); 10/11 "TBA" (no target yet)
    ('East Sussex', 'NI 30', '2009/10', 22, 213),
    -- 001: "to reduce the offences of an identified cohort of PPOs by 20%" (366 less 20 % is 293)
    ('East Sussex', 'NI 30 2008/09', '2008/09', 20, 293),
    -- 001: the predicted rate, 8.04 %, is what the actual is measured against
    ('East Sussex', 'NI 18', '2009/10', NULL, 8.04),
    ('East Sussex', 'NI 38', '2009/10', NULL, 1),
    -- 001: "The target for 2012 is 58%"
    ('East Sussex', 'Confidence', '2011/12', NULL, 58),
    -- 001: "43% of adults left treatment in a planned way against a target of 50%"
    ('East Sussex', 'Planned exits', '2009/10', NULL, 50),
    -- 003: "63%" baseline, "70% 08/09"
    ('Thurrock', 'NI 45', '2008/09', NULL, 70)
  ) AS t(partnership, code, financial_year, reduction_percent, target_value)
ON CONFLICT DO NOTHING;

INSERT INTO indicator_actual (id, indicator_id, period, period_start, period_end, value, predicted, note, computed, source, entered_at,
                              entered_by)
SELECT md5('sample-indicator-actual-' || a.partnership || '-' || a.code || '-' || a.period)::uuid,
       md5('sample-indicator-' || a.partnership || '-' || a.code)::uuid, a.period, CAST(a.period_start AS date), CAST(a.period_end AS date),
       a.value, a.predicted, a.note, false, NULL, now(), 'sample-data'
  FROM (VALUES
    ('East Sussex', 'NI 30 2008/09', '2008/09', '2008-04-01', '2009-03-31', 197, NULL,
     '001: "reducing the offences from 366 to 197 - a 46% reduction"'),
    ('East Sussex', 'NI 18', '12 months to 2009-06', '2008-07-01', '2009-06-30', 6.99, 8.04,
     '001: the cohort July 08 to June 09, 4521 adult offenders; "13.07% less than the baseline"'),
    ('East Sussex', 'NI 38', '2009/10', '2009-04-01', '2010-03-31', 0.73, NULL,
     '001: "better than expected at 0.73", as reported in the Community Safety Agreement 2010/11'),
    ('East Sussex', 'NI 40', '12 months to 2009-09', '2008-10-01', '2009-09-30', 1126, NULL,
     '001: 1126 (83%) of problematic drug users in effective treatment; the final target for 09/10 achieved'),
    ('East Sussex', 'NI 17', '2008/09', '2008-04-01', '2009-03-31', 15.1, NULL, '001: Place Survey 2008, less than 1 in 6 (15.1%)'),
    ('East Sussex', 'NI 21', '2008/09', '2008-04-01', '2009-03-31', 25.5, NULL, '001: Place Survey 2008, 1 in 4 (25.5%); national 26%'),
    ('East Sussex', 'NI 42', '2008/09', '2008-04-01', '2009-03-31', 24.9, NULL, '001: Place Survey 2008, 24.9% agreed'),
    ('East Sussex', 'Confidence', '12 months to 2009-12', '2009-01-01', '2009-12-31', 49.6, NULL,
     '001: "49.6% for year ending December 2009"'),
    ('East Sussex', 'Planned exits', '2009/10 Q1', '2009-04-01', '2009-06-30', 58, NULL, '001: "58% at quarter 1"'),
    ('East Sussex', 'Planned exits', '2009/10 Q2', '2009-07-01', '2009-09-30', 51, NULL, '001: "51% at quarter 2"'),
    ('East Sussex', 'Planned exits', '2009/10 Q3', '2009-10-01', '2009-12-31', 43, NULL,
     '001: "43% of adults left treatment in a planned way", the latest figure when the agreement was written')
  ) AS a(partnership, code, period, period_start, period_end, value, predicted, note)
ON CONFLICT DO NOTHING;
