//! Contrast pairs: two sentences that differ by a negation, a scope verb, a contrast, a hedge or a
//! frame, and must get different stances. Each pair pins one rule of `stance.rs`; the sentences were
//! written for these tests (none comes from an evaluation set).

use quotecheck::span::Span;
use quotecheck::stance::{
    classify, classify_sentence, classify_toward, lead_in, StanceInput, StanceLabel,
};

use StanceLabel::{Conciliatory as Conc, Critical as Crit, Neutral as Neut};

/// (sentence, expected label, the other sentence, its expected label)
const PAIRS: &[(&str, StanceLabel, &str, StanceLabel)] = &[
    // --- Negation of a conciliatory word is critical ---------------------------------------------
    ("We welcome the talks.", Conc, "We do not welcome the talks.", Crit),
    ("The ministry said the proposal was helpful.", Conc, "The ministry said the proposal was not helpful.", Crit),
    ("Our side will cooperate with the inspectors.", Conc, "Our side will not cooperate with the inspectors.", Crit),
    ("The answer we received is satisfactory.", Conc, "The answer we received is far from satisfactory.", Crit),
    ("The government has been constructive throughout.", Conc, "The government has never been constructive.", Crit),
    ("The delegation’s reply was acceptable to us.", Conc, "The delegation’s reply was not acceptable to us.", Crit),
    ("They support the new framework.", Conc, "They don't support the new framework.", Crit),
    ("The council reached agreement on the budget.", Conc, "The council failed to reach agreement on the budget.", Crit),
    // --- Negation of a critical word is neutral, not conciliatory ------------------------------
    ("The minister condemned the strikes.", Crit, "The minister refused to condemn the strikes.", Neut),
    ("The envoy criticised the verdict.", Crit, "The envoy declined to criticise the verdict.", Neut),
    ("The two navies clashed near the strait.", Crit, "The two navies did not clash near the strait.", Neut),
    ("The party blamed the governor for the delay.", Crit, "The party did not blame the governor for the delay.", Neut),
    ("He threatened sanctions against the republic.", Crit, "He stopped short of threatening sanctions against the republic.", Neut),
    // A reporter's verb of attack in words is critical; "blasted out" an email is sending (st30).
    ("The mayor blasted the ferry board for the fare rise.", Crit, "The mayor blasted out an email to the ferry board.", Neut),
    ("The senator berated the regulator over the outage.", Crit, "The senator briefed the regulator on the outage.", Neut),
    ("Union leaders tore into the plan on Monday.", Crit, "Union leaders looked into the plan on Monday.", Neut),
    // --- Scope verbs: refusing, ruling out, rejecting ------------------------------------------
    ("The opposition ruled out talks with the cabinet.", Crit, "The opposition did not rule out talks with the cabinet.", Conc),
    ("The rebels accepted the peace plan.", Conc, "The rebels rejected the peace plan.", Crit),
    ("The union agreed to a ceasefire.", Conc, "The union refused to agree to a ceasefire.", Crit),
    ("The kingdom is willing to resume dialogue.", Conc, "The kingdom is unwilling to resume dialogue.", Crit),
    ("The committee backed the mediation effort.", Conc, "The committee opposed the mediation effort.", Crit),
    ("The premier defended the neighbouring state against the accusations.", Conc, "The premier repeated the accusations against the neighbouring state.", Crit),
    // --- Contrast: the part after "but" weighs more ----------------------------------------------
    ("We welcome the statement, but it is unacceptable that the attacks continue.", Crit, "The attacks are unacceptable, but we welcome the statement and the talks.", Conc),
    ("The offer is generous, but it comes far too late and ignores our concerns.", Crit, "The offer comes late, but it is generous and constructive.", Conc),
    ("Relations are strained; however, we remain committed to constructive dialogue.", Conc, "We value the dialogue; however, their provocations are unacceptable.", Crit),
    ("Although the talks were difficult, both sides praised the outcome.", Conc, "Although both sides praised the venue, the talks collapsed in bitter recriminations and threats.", Crit),
    // --- Hedges and concessions soften -----------------------------------------------------------
    ("This is a serious violation of the accord.", Crit, "It is not clear whether the accord was affected.", Neut),
    ("The report was alarming.", Crit, "The report was released on Tuesday.", Neut),
    ("The alleged incident is under investigation, the ministry said.", Neut, "The ministry condemned the incident.", Crit),
    ("An inquiry into the shooting will open next week.", Neut, "The shooting was a brutal and cowardly act.", Crit),
    // --- Adversaries using conciliatory words ---------------------------------------------------
    ("They support the peace plan.", Conc, "They pay lip service to the so-called peace plan.", Crit),
    ("We want a genuine partnership.", Conc, "Their so-called partnership is a sham.", Crit),
    ("The proposal is a step toward peace.", Conc, "The proposal is nothing more than a peace of the graveyard, a sham.", Crit),
    ("Both sides must cooperate fully with the inspectors, the council demanded.", Crit, "Both sides will cooperate fully with the inspectors, the council said.", Conc),
    ("The rebels want dialogue.", Conc, "The rebels demanded dialogue before any disarmament, or else the truce ends.", Crit),
    // --- Multi-word expressions of diplomacy ---------------------------------------------------
    ("The visit will give a powerful impetus to our bilateral relations.", Conc, "The visit will take place in the spring.", Neut),
    ("The alliance is fueling the conflict.", Crit, "The alliance is meeting to discuss the conflict.", Neut),
    ("We oppose any interference in our internal affairs.", Crit, "We discussed internal reforms with the delegation.", Neut),
    ("The occupying power must bear full responsibility for the consequences.", Crit, "The agency takes responsibility for the logistics of the summit.", Neut),
    ("Both ministers held a constructive dialogue on trade.", Conc, "Both ministers held talks on trade.", Neut),
    ("The sides agreed on a cessation of hostilities.", Conc, "Hostilities resumed along the border on Friday.", Neut),
    // --- Reporting verbs carry stance; "said" does not ----------------------------------------
    ("The senator praised the governor for the new policy.", Conc, "The senator said the governor announced the new policy.", Neut),
    ("The opposition derided the harbour plan as a giveaway.", Crit, "The opposition described the harbour plan in detail.", Neut),
    ("Rival growers ridiculed the idea of a shared quay.", Crit, "Rival growers discussed the idea of a shared quay.", Neut),
    ("The opposition accused the cabinet of hiding the figures.", Crit, "The opposition said the cabinet would publish the figures.", Neut),
    ("The foreign office warned the embassy about the march.", Crit, "The foreign office told the embassy about the march.", Neut),
    ("The president welcomed the outcome of the vote.", Conc, "The president commented on the outcome of the vote.", Neut),
    ("The ministry thanked the neighbouring countries for their help.", Conc, "The ministry listed the neighbouring countries that sent teams.", Neut),
    // --- Names are not evaluations ---------------------------------------------------------------
    ("The Free Trade Commission met on Monday.", Neut, "The commission said trade should be free and fair.", Conc),
    ("The Special Envoy arrived in the capital.", Neut, "The envoy called the visit special and fruitful.", Conc),
    // --- Economic "demand" is not a demand made of anyone -------------------------------------
    ("Sales rose because demand was high all year.", Neut, "The workers demand an apology from the owners.", Crit),
    ("Supply has not kept pace with demand in the north.", Neut, "The unions demand higher wages, or else they strike.", Crit),
    // --- A negated comparative is a superlative -----------------------------------------------
    ("I have never been prouder of this team.", Conc, "I have never been proud of this team.", Crit),
    // Idioms of dialogue and rebuke (thirty-first session).
    ("Their reply is sour grapes.", Crit, "Their reply is about grapes.", Neut),
    ("Both unions should get back round the table.", Conc, "Both unions should get back round the bay.", Neut),
    ("The member knows perfectly well what the figures show.", Crit, "The member knows what the figures show.", Neut),
    // "never been so glad" exclaims; "not been so bad" still negates.
    ("I have never been so glad to see the harbour.", Conc, "I have never been glad to see the harbour.", Crit),
    ("Relations have never been better.", Conc, "Relations have not been good for years.", Crit),
    // --- A negative pronoun before a preposition negates nothing after it ---------------------
    ("Nothing in the treaty limits our cooperation.", Conc, "Nothing suggests cooperation is possible.", Crit),
    // --- Reassurance, apology, yielding --------------------------------------------------------
    ("There is no cause for alarm, the mayor told residents.", Conc, "The mayor sounded the alarm about the reservoir.", Crit),
    ("We are sorry for the disruption to your journeys.", Conc, "The operator listed the disruptions to your journeys.", Neut),
    ("The board will meet the demands of the nurses.", Conc, "The board will not meet the demands of the nurses.", Crit),
    ("The city will allow the market to reopen.", Conc, "The city will not allow the market to reopen.", Crit),
    ("The council has kept an open mind about the plan.", Conc, "The council has published the plan.", Neut),
    // --- Rebuttal and alarm in ordinary words --------------------------------------------------
    ("That claim is simply not true.", Crit, "That claim was repeated on Tuesday.", Neut),
    ("Staff say the wards are at breaking point.", Crit, "Staff say the wards reopen at noon.", Neut),
    ("The closure is a wake-up call for the whole region.", Crit, "The closure is a help for the whole region.", Conc),
    ("The inspectors called the paperwork a shambles.", Crit, "The inspectors called the paperwork complete.", Neut),
    ("The repairs came too late for the farmers.", Crit, "The repairs came in time for the farmers.", Neut),
    // --- Renouncing a hostile act is a reassurance; renouncing talks is a refusal ---------------
    ("The ministry has no plans to expel the diplomats.", Conc, "The ministry plans to expel the diplomats.", Crit),
    ("The minister has no plans to raise the tariff.", Conc, "The minister has plans to raise the tariff.", Neut),
    ("The government intends to start negotiating with the rebels.", Conc, "The government has no intention of negotiating with the rebels.", Crit),
    // --- A question put to the speaker is the reporter's frame ----------------------------------
    ("Asked about the attack on the convoy, the envoy said the facts were not yet known.", Neut, "The envoy said the attack on the convoy was cowardly.", Crit),
    // --- Understanding the other side's anger concedes it -------------------------------------
    ("We understand the frustration of the farmers.", Conc, "The frustration of the farmers is growing.", Crit),
    // --- Idioms of criticism and conciliation ---------------------------------------------------
    ("The opposition offered an olive branch to the cabinet.", Conc, "The opposition sent a letter to the cabinet.", Neut),
    ("The new levy is a publicity stunt.", Crit, "The new levy is a pilot scheme.", Neut),
    ("The union said the offer was a step in the right direction.", Conc, "The union said the offer was a step toward arbitration.", Neut),
    ("Critics say the minister is out of touch with farmers.", Crit, "Critics say the minister is in contact with farmers.", Neut),
    ("The council will look again at the closure.", Conc, "The council will look at the closure on Monday.", Neut),
    ("The regulator says the company dropped the ball on leaks.", Crit, "The regulator says the company picked up the data on leaks.", Neut),
    ("The two leaders agreed to bury the hatchet.", Conc, "The two leaders refused to bury the hatchet.", Crit),
    // --- ", but" with nothing after it: the contrast is the reservation -------------------------
    ("We welcome the commitment, and residents will judge it by results.", Conc, "We welcome the commitment, but residents will judge it by results.", Crit),
    // --- Idioms of disguise, futility and counterfactual comparison are criticism --------------
    ("The ministry runs the port as if it were a private estate.", Crit, "The ministry runs the port from a private estate.", Neut),
    ("The budget is a tax rise dressed up as a reform.", Crit, "The budget is a tax rise, not a reform of the system.", Neut),
    ("We write to the council every year and nothing changes.", Crit, "We write to the council every year and the list changes.", Neut),
    ("The mayor answered our letters, which is more than I can say for the governor.", Crit, "The mayor answered our letters, and so did the governor.", Neut),
    ("Every time we get close, the goalposts move.", Crit, "Every time we get close, the crowd cheers.", Conc),
    // --- Partial negation is not refusal; agreeing to disagree is civil ------------------------
    ("We will not always agree, but we will keep talking.", Conc, "We will not agree to these terms.", Crit),
    ("The two parties agreed to disagree on the tariff.", Conc, "The two parties refused to discuss the tariff.", Crit),
    // --- Feelings describe the speaker; a legal term is not force -------------------------------
    ("The children were crying in the shelter.", Neut, "The children were abandoned in the shelter.", Crit),
    ("The drivers are tired after the night shift.", Neut, "The drivers are sick and tired of the night shift.", Crit),
    // --- A promise made is an offer; a promise reported is a fact -------------------------------
    ("We promise to reopen the clinic by June.", Conc, "They promised to reopen the clinic by June, residents said.", Neut),
    // --- Pejoratives and wrongdoing ---------------------------------------------------------------
    ("The senator said the contract was tainted by cronyism.", Crit, "The senator said the contract was signed by the ministry.", Neut),
    ("Critics called the governor's speech unhinged.", Crit, "Critics called the governor's speech long.", Neut),
    ("The treaty has binding force.", Neut, "The treaty was imposed by force.", Crit),
    // --- Rebuttal by correction: "X is not a Y" ------------------------------------------------
    ("A leaflet is not a housing policy, the tenants said.", Crit, "A leaflet about the housing policy was sent to the tenants.", Neut),
    ("It is not a fair offer.", Crit, "It is not a bad result.", Neut),
    // --- "X does not mean Y": the premise is granted, the weight is on Y (st25) ----------------
    ("We respect the tribunal in Marnow.", Conc, "Respect for the tribunal in Marnow does not mean we will keep quiet about its rulings.", Crit),
    ("Our cooperation with the harbour board continues.", Conc, "Cooperation with the harbour board doesn't mean accepting every fee it sets.", Crit),
    ("Their disagreement over the fees is open hostility.", Crit, "A disagreement over the fees does not mean hostility.", Neut),
    ("Friendship with the ferry company does not mean silence about the timetable.", Crit, "That does not mean the ferry timetable will change.", Neut),
    // --- "It is true that …" grants a fact; "true" of someone's account is agreement (st25) ------
    ("The harbourmaster's account of the night is true.", Conc, "It is true the harbourmaster closed the quay at night.", Neut),
    ("Her version of the vote is true, every word.", Conc, "The tide was out that morning, that's true.", Neut),
    // --- Clearing lifts the charge named after "of" (st26) ---------------------------------------
    ("The inquiry in Veddel found the pilot guilty of negligence.", Crit, "The inquiry in Veddel cleared the pilot of negligence.", Conc),
    ("The board accused both stewards of fraud.", Crit, "The board acquitted both stewards of fraud.", Conc),
    ("Wardens cleared the dunes of litter and arrested two campers.", Crit, "Wardens cleared the dunes on Sunday.", Neut),
    // --- Opposed evaluations in one predicate: the clearly stronger decides (st26) ---------------
    ("The reopened mill is wonderful news and a wake-up call for Brisk.", Conc, "The reopened mill is a wake-up call for Brisk.", Crit),
    ("The toll plan is a good idea and a disgrace to the valley.", Crit, "The toll plan is a good idea for the valley.", Conc),
    ("The ferry fare was a blessing and a curse for the islanders.", Neut, "The ferry fare was a curse for the islanders.", Crit),
    // --- Worth denied to the speaker's side is a grievance (st26) -------------------------------
    ("The landlord told us our children did not matter.", Crit, "The landlord told us the rota did not matter.", Neut),
    ("People like us don't count for the port authority.", Crit, "We did not count the ballots until Friday.", Neut),
    ("To the harbour board we do not exist.", Crit, "It does not matter who chairs the harbour board.", Neut),
    // --- A hearing withheld or offered; harm ruled out for others (st26) ------------------------
    ("Nobody listened to the lock keepers in Harwen.", Crit, "Everybody listened to the lock keepers in Harwen.", Neut),
    ("We were never asked about the new tram route.", Crit, "We were asked about the new tram route.", Neut),
    ("We are listening to every tenant in Coldry.", Conc, "We are writing to every tenant in Coldry.", Neut),
    ("Nobody will lose their allotment in Coldry.", Conc, "Nobody will sell their allotment in Coldry.", Neut),
    // --- A reporter's frame of reservation ----------------------------------------------------
    ("The growers were unimpressed by the offer.", Crit, "The growers were informed of the offer.", Neut),
    ("Business groups were less sympathetic to the strikers.", Crit, "Business groups were sympathetic to the strikers.", Conc),
    ("Not everyone on the quay was pleased.", Crit, "Not everyone on the quay was at the meeting.", Neut),
    // --- Warnings as a condition; demands as a burden -------------------------------------------
    ("If we do nothing, the harbour will silt up within a decade.", Crit, "If we dredge it, the harbour will stay open for a decade.", Neut),
    ("Three shifts in a row is a lot to ask of any nurse.", Crit, "Three shifts in a row is the rota for every nurse.", Neut),
    // --- Civil or partial disagreement, a way through, the worst behind us -----------------------
    ("The two mayors don't agree on every detail.", Conc, "The two mayors don't agree on the details.", Crit),
    ("Neighbours can disagree without shouting at each other.", Conc, "Neighbours disagree about the fence.", Crit),
    ("We always found a way through with the unions.", Conc, "We always found the office of the unions.", Neut),
    ("The worst of the delays should be behind us by May.", Conc, "The worst of the delays will come in May.", Neut),
    ("The bakery's bread is good.", Conc, "The bakery throws away perfectly good bread.", Neut),
    // --- Naming the other side's frustration as known concedes it -------------------------------
    ("We know this is frustrating for passengers.", Conc, "This is frustrating for passengers.", Crit),
    // --- Round four: devices, contrition, pejoratives, skepticism, admissions, degree ------------
    ("Residents reacted with alarm to the plan.", Crit, "Residents left when the fire alarm sounded.", Neut),
    ("The club said it had learned painful lessons from the defeat.", Conc, "The club said the defeat was painful.", Crit),
    ("The minister called the strikers traitors.", Crit, "The minister called the strikers on Monday.", Neut),
    ("We have heard fine words before.", Crit, "The weather will be fine tomorrow.", Neut),
    ("The new tariff is a gift to our competitors.", Crit, "The new library is a gift to the town.", Conc),
    ("The director accepts that he made serious mistakes.", Conc, "The director says his deputy made serious mistakes.", Crit),
    ("The plan is generous to the point of naivety.", Crit, "The plan is generous.", Conc),
    ("It was the most helpful meeting of the year.", Conc, "It was the least helpful meeting of the year.", Crit),
    // --- A rebuttal the next sentence corrects is a rejection ------------------------------------
    ("This is not a bad result.", Neut, "This is not a bad patch. It is a slow decline.", Crit),
    ("The museum is free on Sundays.", Neut, "The museum is wonderful on Sundays.", Conc),
    ("We came here to win the league.", Neut, "The ruling is a win for the tenants.", Conc),
    ("I owe him forty pounds.", Neut, "I owe him my career.", Conc),
    ("The tourists are the problem.", Crit, "The tourists are not the problem.", Conc),
    ("I would be there too.", Neut, "I would be angry too.", Conc),
    ("Nobody likes paying more tax.", Neut, "Everybody likes the new park.", Conc),
    ("The farmers were treated as guests of honour.", Conc, "The farmers were treated like criminals.", Crit),
    ("We will keep the office open.", Neut, "We will keep asking for answers.", Crit),
    ("We will publish the dates, and we will meet again in May.", Neut, "Publish the dates, or we will strike in May.", Crit),
    ("That is not the final timetable.", Neut, "That is not a plan. That is a slogan.", Crit),
    ("It is not clear when the vote will be held.", Neut, "That's not journalism. That's gossip.", Crit),
    // --- Turning down what the other side offers -------------------------------------------------
    ("We would welcome your help.", Conc, "We don't need your pity.", Crit),
    ("We are asking for a fair hearing.", Conc, "We are not asking for charity.", Crit),
    // --- Pressing someone to act, or praising that they did ----------------------------------------
    ("The council did the right thing.", Conc, "I urge the council to do the right thing.", Crit),
    // --- A remedy offered; a remedy refused ------------------------------------------------------
    ("We will fix it before the winter.", Conc, "They won't fix it before the winter.", Crit),
    ("The engineers will put things right.", Conc, "The engineers failed to put things right.", Crit),
    // --- Rhetorical questions challenge; a question mark alone does not --------------------------
    ("How did they get here so early?", Neut, "How dare they treat us like this?", Crit),
    ("Why did we pick this venue?", Neut, "Why should we pay for their mistakes?", Crit),
    ("The protesters carried a sign reading “Our money is here.”", Neut, "The protesters carried a sign reading “Where is our money?”", Crit),
    // --- Exclusion is a grievance -------------------------------------------------------------------
    ("The growers were consulted on the plan.", Neut, "The growers were not consulted on the plan.", Crit),
    ("Our members were in the room for every session.", Neut, "Our members were not in the room for a single session.", Crit),
    ("We were shown into the hall at noon.", Neut, "We were shut out of the talks at noon.", Crit),
    // --- Holding someone to their word is pressure ------------------------------------------------
    ("We will hold the meeting on Friday.", Neut, "We will hold them to it on Friday.", Crit),
    ("We will hold the board meeting on Friday.", Neut, "We will hold the board to every promise it made.", Crit),
    ("Ministers gave an account of the visit.", Neut, "Ministers were held to account for the visit.", Crit),
    ("The levy is meant to account for the repairs.", Neut, "Voters will hold the council to its word on the repairs.", Crit),
    ("The square's new benches arrived in May.", Neut, "A car park's not a garden, whatever the council says.", Crit),
    // --- Reassurance that no one is abandoned -----------------------------------------------------
    ("No one will be at the depot on Monday.", Neut, "No one will be left behind on Monday.", Conc),
    // --- Praise and support a person receives, in the reporter's words ------------------------------
    ("The mayor drew praise for the rescue plan.", Conc, "The mayor drew a map of the new route.", Neut),
    ("Party members rallied behind the leader.", Conc, "Party members gathered behind the leader.", Neut),
    ("She was cleared of the charges.", Conc, "She was told of the charges on Monday.", Neut),
    // --- An elliptical denial closing its sentence is a retort; "not right" after a copula ------------
    ("They say the plan is finished. It is.", Neut, "They say the plan is finished. It is not.", Crit),
    ("That's right next to the station.", Neut, "That's not right, and everyone knows it.", Crit),
    // --- Taking one's custom elsewhere; a complaint put as a cleft ------------------------------------
    ("If it takes six weeks, we will wait.", Neut, "If it takes six weeks, we will shop elsewhere.", Crit),
    ("What we need is a timetable.", Neut, "What bothers us is the timetable.", Crit),
    // --- Neglect, urging resistance, hardship as a complaint -----------------------------------------
    ("They have written about the road since 2015.", Neut, "They have known about the road since 2015.", Crit),
    ("Let them in out of the rain.", Neut, "Don't let them close the library.", Crit),
    ("We are paid every Friday.", Neut, "We are living week to week.", Crit),
    // --- One's own effort and a wry wish are no judgement of anyone ---------------------------------
    ("I'll do my best to finish the survey by May.", Neut, "The survey is the best we have read.", Conc),
    ("Good luck getting a seat on that train.", Neut, "The crew did a good job on that train.", Conc),
    // --- A condition, or a time clause before its main clause, is background ------------------------
    ("The new ferry helps the island.", Conc, "If the new ferry helps the island, we will see.", Neut),
    ("The ferry helps the growers, and I am for it.", Conc, "If the ferry helps the growers, I am for it. If it helps the traders, I am against it.", Neut),
    // An embedded question asserts neither answer.
    ("We think the offer is fair.", Conc, "We will ask whether the offer is fair.", Neut),
    ("We agree on the harbour. The ferries stop when we disagree.", Neut, "We agree on the harbour. When we disagree, the ferries still sail.", Conc),
    // --- A measure named with "the" is the topic; the words around it judge it ---------------------
    ("We welcome the agreement.", Conc, "The agreement takes effect in May.", Neut),
    ("They want a ban on night flights.", Crit, "The ban starts on the first of June.", Neut),
    ("A ceasefire is what we want.", Conc, "The ceasefire takes effect at midnight.", Neut),
    // --- A negated verb of opinion negates the clause it governs ("I don't think it is fair") ------
    ("I think the offer is fair.", Conc, "I don't think the offer is fair.", Crit),
    ("We believe the new timetable is workable and helpful.", Conc, "We do not believe that the new timetable is helpful.", Crit),
    ("This plan harms everyone.", Crit, "I don't see how this plan harms anyone.", Neut),
    ("The president thought the remark was an insult.", Crit, "The president did not think the remark was an insult.", Neut),
    // --- Charges of mismanagement and bad faith; praise of character ----------------------------
    ("The inquiry found the rollout was botched.", Crit, "The inquiry found the rollout was finished.", Neut),
    ("She called the ruling an abuse of power.", Crit, "She called the ruling a matter of law.", Neut),
    ("Colleagues called him a statesman.", Conc, "Colleagues called him a lawyer.", Neut),
    // --- Every form of a verb that carries stance counts ("hailed" and "hailing") ---------------------
    ("The senator was hailing the deal in the chamber.", Conc, "The senator was reading the deal in the chamber.", Neut),
    ("The ministry is denying the report.", Crit, "The ministry is studying the report.", Neut),
    // --- Idioms of political criticism and of praise, solidarity and promises kept -----------------
    ("The government has lost the trust of the people.", Crit, "The government has won the trust of the people.", Conc),
    ("The minister has blood on his hands.", Crit, "The minister has paint on his hands.", Neut),
    ("We will not be intimidated.", Crit, "We will not be late.", Neut),
    ("The plan goes far enough.", Conc, "The plan does not go far enough.", Crit),
    ("He kept his word.", Conc, "He broke his word.", Crit),
    ("The mayor has done a tremendous job.", Conc, "The mayor has done a terrible job.", Crit),
    ("The council has done nothing for the estate.", Crit, "The council did nothing wrong.", Conc),
    ("It was nothing short of a disgrace.", Crit, "It was not a disgrace.", Neut),
    ("Our thoughts are with the families tonight.", Conc, "Our boats are with the families tonight.", Neut),
    ("They are playing politics with the budget.", Crit, "They are playing cards with the budget team.", Neut),
    ("The board is dragging its feet on repairs.", Crit, "The board is starting its work on repairs.", Neut),
    ("The report will be delivered on Monday.", Neut, "They delivered on every promise.", Conc),
    // --- Doubt and dismissal of a claim or a plan; abandonment; being kept uninformed ---------------
    ("The minister praised the wisdom of the decision.", Conc, "The minister questioned the wisdom of the decision.", Crit),
    ("The union poured cold water on the offer.", Crit, "The union poured tea for the visitors.", Neut),
    ("The proposal is a non-starter.", Crit, "The proposal is a first draft.", Neut),
    ("The figures do not add up.", Crit, "The figures add up to ten.", Neut),
    ("Their story does not hold water.", Crit, "The old tank does hold water.", Neut),
    ("The company said the report was inaccurate.", Crit, "The company said the report was long.", Neut),
    ("They turned their backs on the workers.", Crit, "They turned their faces to the workers.", Neut),
    ("We were kept in the dark.", Crit, "We were kept in the hall.", Neut),
    // --- The no-comment formula is no refusal; having nothing against the other side --------------
    ("The minister declined to comment.", Neut, "The minister declined to cooperate.", Crit),
    ("There is no alternative to dialogue.", Conc, "There is no appetite for dialogue.", Crit),
    ("We have no quarrel with the people of the north.", Conc, "We have no ferry to the people of the north.", Neut),
    ("I have no problem with the plan.", Conc, "I have a problem with the plan.", Crit),
    ("We have no objection to the plan.", Conc, "We have an objection to the plan.", Crit),
    // --- Negated comparatives and "can't … enough" are superlatives; a negated verb of naming --------
    ("We cannot thank them for this.", Crit, "We cannot thank them enough.", Conc),
    ("Things could not be better.", Conc, "Things could not be worse.", Crit),
    ("It could not have gone better.", Conc, "It could not have gone ahead.", Neut),
    ("I would call it a success.", Conc, "I wouldn't call it a success.", Crit),
    ("I would say it was a disaster.", Crit, "I wouldn't say it was a disaster.", Neut),
    // --- A flat rebuttal, a charge of misrule, clearing someone --------------------------------------
    ("Nothing could be further from the truth.", Crit, "Nothing could be further from the station.", Neut),
    ("This is no way to run a country.", Crit, "This is the way to the country.", Neut),
    ("There is no evidence of wrongdoing.", Conc, "There is no record of the meeting.", Neut),
    // --- Sarcasm, outrage and praise in everyday speech -----------------------------------------------
    ("Thanks for the help.", Conc, "Thanks for nothing.", Crit),
    ("The players deserve a medal.", Conc, "The players deserve better.", Crit),
    ("It beggars belief.", Crit, "It begins on Friday.", Neut),
    ("The new ferry is a game changer for the island.", Conc, "The new ferry is a first for the island.", Neut),
    ("It's a waste of taxpayers' money.", Crit, "It's a share of taxpayers' money.", Neut),
    ("Heads should roll for this.", Crit, "Heads should turn for this.", Neut),
    // --- Yielding and de-escalation acts; freezing assets is coercion --------------------------------
    ("The government lifted the curfew.", Conc, "The government imposed a curfew.", Crit),
    ("The union called off the strike.", Conc, "The union threatened to strike.", Crit),
    ("The army withdrew its troops from the border.", Conc, "The army moved its troops to the border.", Neut),
    ("The two leaders shook hands.", Conc, "The two leaders sat down.", Neut),
    ("The government froze the assets of the company.", Crit, "The government listed the assets of the company.", Neut),
    // --- Effort credited, exoneration by understanding, hostility disavowed ---------------------------
    ("The deal reflects years of patient work.", Conc, "The deal reflects years of work.", Neut),
    ("I don't blame them.", Conc, "I blame them.", Crit),
    ("They're just doing their job.", Conc, "They're just doing their homework.", Neut),
    ("Tonight is not about revenge.", Conc, "Tonight is about revenge.", Crit),
    // --- Politics as a quarrel, words against deeds, concealment, praise of conduct -----------------
    ("The committee has spent a year bickering.", Crit, "The committee has spent a year working.", Neut),
    ("We have heard that before.", Crit, "We have said that before.", Neut),
    ("They tried to sweep it under the carpet.", Crit, "They tried to put it under the table.", Neut),
    ("The plan is a drop in the ocean.", Crit, "The plan is a trip to the ocean.", Neut),
    ("We have lost faith in the process.", Crit, "We have faith in the process.", Conc),
    ("The crews went above and beyond.", Conc, "The crews went up and down.", Neut),
    ("Our door is always open.", Conc, "Our office is always open.", Neut),
    ("The minister has a lot to answer for.", Crit, "The minister has a lot to think about.", Neut),
    ("We were treated as an afterthought.", Crit, "We were treated as a guest.", Neut),
    ("We will not be lectured by them.", Crit, "We will not be met by them.", Neut),
    ("We are in this together.", Conc, "We are in this building.", Neut),
    ("We could not have done it without them.", Conc, "We could not have done it by Monday.", Neut),
    // --- Loyalty and care, neglect and disdain, told as narration ------------------------------------
    ("He never let us down.", Conc, "He never let us in.", Neut),
    ("They stuck by us.", Conc, "They stuck to the plan.", Neut),
    ("That means a lot to us.", Conc, "That costs a lot for us.", Neut),
    ("He never forgot where he came from.", Conc, "He forgot where he came from.", Crit),
    ("They don't care about people like us.", Crit, "The weather doesn't care about the calendar.", Neut),
    ("Nobody bothered to ask us.", Crit, "Nobody wanted to ask us.", Neut),
    ("The company put profit before people.", Crit, "The company put workers before shareholders.", Neut),
    ("They look down on us.", Crit, "They look out for us.", Neut),
    ("They think they are above the law.", Crit, "They think they are above the river.", Neut),
    // "Can't … enough" is a superlative with "enough" before the term too.
    ("I can't say enough good things about them.", Conc, "I can't say good things about them.", Crit),
    // --- A measure judged cosmetic, dishonest or unworkable; praise of conduct (seventh probe) ---------
    ("The new code of conduct is pure window dressing.", Crit, "The new shop has a pretty window display.", Neut),
    ("The review is a fig leaf for closing wards.", Crit, "The review is a report on closing wards.", Neut),
    ("The levy is a cash grab.", Crit, "The levy is a cash payment.", Neut),
    ("The parking fees are a cash cow for the council.", Crit, "The parking fees are a source of income for the council.", Neut),
    ("Their talk of reform rings hollow.", Crit, "Their talk of reform rings out in the hall.", Neut),
    ("The builders cut corners on the wiring.", Crit, "The builders fitted sockets in the corners.", Neut),
    ("The deal starts a race to the bottom on pay.", Crit, "The deal starts a review of pay.", Neut),
    ("The minister was economical with the truth.", Crit, "The minister was careful with the numbers.", Neut),
    ("They are making it up as they go along.", Crit, "They are setting it up as they go along.", Neut),
    ("The suppliers were left high and dry.", Crit, "The suppliers were left a message.", Neut),
    ("Residents feel taken for granted.", Crit, "Residents feel taken to the city.", Neut),
    ("They pulled the rug out from under the tenants.", Crit, "They pulled the cart out from under the shelter.", Neut),
    ("The talks were a waste of time.", Crit, "The talks were a good use of time.", Conc),
    ("The timetable is unworkable.", Crit, "The timetable is printed.", Neut),
    ("The scheme is half-baked.", Crit, "The bread is half-price.", Neut),
    ("The board is not listening to the staff.", Crit, "The board is not meeting the staff today.", Neut),
    ("Many families can't afford the new fares.", Crit, "Many families can't find the new timetable.", Neut),
    ("The volunteers went the extra mile.", Conc, "The volunteers went the long way round.", Neut),
    ("She set an example for the whole squad.", Conc, "She set a date for the whole squad.", Neut),
    ("The auditors gave full credit to the treasurer.", Conc, "The auditors gave a full report to the treasurer.", Neut),
    ("Our two towns have stood side by side for a century.", Conc, "Our two towns have stood on the river for a century.", Neut),
    // --- Event reports by kind: yielding, protest, coercion, broken-off contact (eighth probe) ------
    ("The government granted an amnesty to the protesters.", Conc, "The government granted a licence to the protesters.", Neut),
    ("The dockers went on strike over pay.", Crit, "The dockers went on shift in August.", Neut),
    ("The teachers staged a walkout.", Crit, "The teachers staged a concert.", Neut),
    ("The regime cut off the water supply to the city.", Crit, "The regime managed the water supply to the city.", Neut),
    ("The government halted negotiations with the union.", Crit, "The government began negotiations with the union.", Conc),
    ("The militia seized the town hall.", Crit, "The militia left the town hall.", Neut),
    ("The militia seized the town hall.", Crit, "The council seized the opportunity to rebuild the town hall.", Neut),
    ("The republic mobilised its troops along the river.", Crit, "The republic counted its voters along the river.", Neut),
    // --- Accidents, injuries and economic figures are facts, not a stance -----------------------------
    ("Three people were injured in the crash on the ring road.", Neut, "Three people were praised after the crash on the ring road.", Conc),
    ("The storm damaged roofs across the county.", Neut, "The storm exposed the council's negligence.", Crit),
    ("Unemployment rose to 5 percent in the third quarter.", Neut, "Unemployment rose to 5 percent, a disgrace.", Crit),
    ("The prisoner was released on bail.", Neut, "The prisoner was released as a gesture of goodwill.", Conc),
    ("The firm reported losses for the year.", Neut, "The firm reported a scandal for the year.", Crit),
    // --- Complaints and praise told as narration (tenth probe) ------------------------------------------
    ("I wrote to them twice and nobody got back to me.", Crit, "I wrote to them twice and everybody got a copy.", Neut),
    ("We have heard nothing from the landlord since May.", Crit, "We have heard from the landlord since May.", Neut),
    ("Tenants are still waiting for the repairs.", Crit, "Tenants are waiting for the bus.", Neut),
    ("The scheme comes wrapped in red tape.", Crit, "The scheme comes wrapped in brown paper.", Neut),
    ("The audit was a box-ticking exercise.", Crit, "The audit was a two-day exercise.", Neut),
    ("The proposal has been kicked into the long grass.", Crit, "The ball has been kicked into the next field.", Neut),
    ("The contract is not worth the paper it is written on.", Crit, "The contract is written on the back of the paper.", Neut),
    ("The law was watered down in committee.", Crit, "The law was written down in committee.", Neut),
    ("Nobody has been held accountable for the leak.", Crit, "Nobody has been told about the leak.", Neut),
    ("Nothing was ever too much trouble for the caretaker.", Conc, "Nothing was ever moved by the caretaker.", Neut),
    ("We take the residents' concerns seriously.", Conc, "We take the residents' post to the office.", Neut),
    ("The clinic has been a lifeline for the village.", Conc, "The clinic has been a car park for the village.", Neut),
    ("The mayor kept her promise.", Conc, "The mayor kept her car.", Neut),
    // --- A clause someone will not pretend is not asserted ("I won't pretend it will be easy") --------
    ("I won't pretend the new timetable is elegant.", Neut, "I think the new timetable is elegant.", Conc),
    ("We will not pretend that the plan is perfect.", Neut, "We believe that the plan is perfect.", Conc),
    // --- Negation raised from "expect", "sure", "hard to see how"; "few" and "little" as none ---------
    ("I don't expect the new board to cooperate.", Crit, "I expect the new board to cooperate.", Conc),
    ("I'm not sure the settlement is fair.", Crit, "I'm sure the settlement is fair.", Conc),
    ("It is hard to see how this helps the tenants.", Crit, "It is easy to see how this helps the tenants.", Conc),
    // A negated wish that someone believe a clause denies the clause, as "I don't think" does.
    ("I want everyone to think the new rota is fair.", Conc, "I don't want anyone to think the new rota is fair.", Crit),
    ("Voters think we are ungrateful.", Crit, "We don't want voters to think we are ungrateful.", Neut),
    ("The crews read the memo and believe the service is safe.", Conc, "I would not want the crews to read the memo and believe the service is safe.", Crit),
    // A raised negation denies the clause's predicate, not its subject: the problem is still named.
    ("I don't think the problem has gone away.", Crit, "I don't think there is a problem.", Neut),
    // "The conventional wisdom" names a view held, not praise.
    ("In her wisdom, the judge let them go.", Conc, "The conventional wisdom is that prices will fall.", Neut),
    // --- Threats in the set phrases of diplomacy; regret for a loss is condolence ----------------------
    ("We will respond to the letter.", Neut, "We will respond in kind.", Crit),
    ("Civilians paid a heavy price.", Neut, "They will pay a heavy price.", Crit),
    ("Both options are on the table for the meeting.", Neut, "All options are on the table.", Crit),
    ("We regret the decision.", Crit, "We deeply regret the loss of life.", Conc),
    // --- Set phrases of negation: agreement, delight, eagerness and relief; disbelief ----------------
    ("I couldn't agree to that.", Crit, "I couldn't agree more.", Conc),
    ("We can't welcome them back.", Crit, "We can't wait to welcome them back.", Conc),
    ("The offer sounds good.", Conc, "The offer sounds too good to be true.", Crit),
    ("The service gets worse every year.", Crit, "It could have been worse.", Neut),
    // --- Stock phrases of blame and of praise (a probe of our own) ----------------------------------
    ("They have been dragging their heels.", Crit, "They have been kicking their heels.", Neut),
    ("We were left holding the baby.", Crit, "We were left holding the keys.", Neut),
    ("The board has shot itself in the foot.", Crit, "The guard was shot in the foot.", Neut),
    ("They pulled out all the stops.", Conc, "They pulled out all the plugs.", Neut),
    ("The volunteers made a real difference.", Conc, "There is no real difference between the two plans.", Neut),
    // --- Praise by understatement: a judgement of quality denied ------------------------------------
    ("The new rota is bad.", Crit, "The new rota is not bad at all.", Conc),
    ("That was a small step.", Neut, "That was no small achievement.", Conc),
    ("We will complain about the service.", Crit, "I can't complain about the service.", Conc),
    ("I'm unhappy with the result.", Crit, "I'm not unhappy with the result.", Conc),
    ("That is the way to treat a customer.", Conc, "That is no way to treat a customer.", Crit),
    // --- A negative pronoun as subject negates its predicate ---------------------------------------
    ("Everyone has apologised to the families.", Conc, "No one has apologised to the families.", Crit),
    ("The tenants trust the new board.", Conc, "Nobody trusts the new board.", Crit),
    // --- Objection put as a cleft; resentment -----------------------------------------------------
    ("Nobody minds the parking fees. What they mind is the queue at the gate.", Crit, "Nobody minds the parking fees. What they see is the queue at the gate.", Neut),
    ("What I resent is the tone of the letters.", Crit, "What I remember is the tone of the letters.", Neut),
    ("The new rota is good.", Conc, "The new rota is broadly good.", Neut),
    ("The new canteen is good.", Conc, "The new canteen is largely good.", Neut),
    ("The new library is good.", Conc, "The new library is mostly good.", Neut),
    ("Few people trust the new owners.", Crit, "Many people trust the new owners.", Conc),
    ("There is little to welcome in the report.", Crit, "There is much to welcome in the report.", Conc),
    // --- Threats and warnings in set phrases of diplomacy, with their own negation (eighteenth session) ---
    ("This will not go ahead.", Neut, "This will not go unanswered.", Crit),
    ("The clock is running out.", Neut, "Our patience is running out.", Crit),
    ("They are playing with the children.", Neut, "They are playing with fire.", Crit),
    ("They should think it over.", Neut, "They should think twice.", Crit),
    // --- Intolerance, refusal to accept, a summoned envoy (eighteenth session) ---
    ("We will not hesitate to help the families.", Conc, "We will not hesitate to use force.", Crit),
    ("We will not tolerate any violation of the border.", Crit, "We will not report any violation of the border.", Neut),
    ("We can accept this decision.", Conc, "While we respect their views, we cannot accept this decision.", Crit),
    ("The minister summoned the press.", Neut, "The minister summoned the envoy.", Crit),
    // --- Reassurance that one is no danger; confidence by doubt denied; de-escalation acts (eighteenth session) ---
    ("They pose a threat to our neighbours.", Crit, "We pose no threat to our neighbours.", Conc),
    ("We never doubted their commitment.", Conc, "We never saw their commitment.", Crit),
    ("The rebels laid down their arms.", Conc, "The rebels laid down their terms.", Neut),
    ("They reopened the case.", Neut, "They reopened the border.", Conc),
    ("We have the same goals.", Conc, "We have the same surnames.", Neut),
    // --- A formula before disagreement; verbs of attack that report criticism (eighteenth session) ---
    ("With all due respect, the minister is wrong.", Crit, "The minister is owed respect.", Conc),
    ("The minister hit back at her critics.", Crit, "The minister wrote back to her critics.", Neut),
    ("The mayor scoffed at the proposal.", Crit, "The mayor looked at the proposal.", Neut),
    ("The governor bristled at the suggestion.", Crit, "The governor replied to the suggestion.", Neut),
    ("The leader railed against the elites.", Crit, "The leader campaigned among the elites.", Neut),
    ("The premier came out swinging.", Crit, "The premier came out early.", Neut),
    ("The opposition vowed to fight the bill.", Crit, "The opposition vowed to read the bill.", Neut),
    // --- A benefit that never came; a rebuke put as a wrong way (after a demonstrative only) (eighteenth session) ---
    ("The promised jobs never materialised.", Crit, "The promised jobs materialised.", Neut),
    ("This is the way to build trust.", Conc, "This is no way to build trust.", Crit),
    ("There is no way to know the cause.", Neut, "That is no way to spend the money.", Crit),
    // --- Reproach by hindsight, scepticism, a demand to be told (eighteenth session) ---
    ("They should have acted sooner.", Crit, "They have acted sooner than most.", Neut),
    ("It should never have come to this.", Crit, "It should come to this.", Neut),
    ("The flooding could have been prevented.", Crit, "The flooding could have been longer.", Neut),
    ("I'm not holding my breath.", Crit, "I'm not holding my bag.", Neut),
    ("That's easy for them to say.", Crit, "That's easy for them to fix.", Conc),
    ("I find that hard to believe.", Crit, "I find that easy to believe.", Conc),
    ("We have been here before.", Crit, "We have been here since May.", Neut),
    ("We deserve to know the truth.", Crit, "We happen to know the truth.", Neut),
    ("We are still waiting.", Crit, "We are still here.", Neut),
    // --- Inaction, indifference, disorder, history rewritten, grief feigned (eighteenth session) ---
    ("The council has been sitting on its hands.", Crit, "The council has been sitting on its budget.", Neut),
    ("Nobody seems to care.", Crit, "Nobody seems to know.", Neut),
    ("The left hand doesn't know what the right hand is doing.", Crit, "The left hand doesn't hurt any more.", Neut),
    ("We were left to pick up the pieces.", Crit, "We were asked to pick up the pieces.", Neut),
    ("They are trying to rewrite history.", Crit, "They are trying to write history.", Neut),
    ("These are crocodile tears.", Crit, "These are crocodile eggs.", Neut),
    ("Where were they when the river rose?", Crit, "Where were they going when the river rose?", Neut),
    // --- Praise of conduct told as narration; a proceeding named by its charge (eighteenth session) ---
    ("He never once complained.", Conc, "He once complained.", Crit),
    ("They treated us like family.", Conc, "They treated us like strangers.", Neut),
    ("It was a team effort.", Conc, "It was a team meeting.", Neut),
    ("They did everything they could.", Conc, "They did everything they were told.", Neut),
    ("He is a man of his word.", Conc, "He is a man of few words.", Neut),
    ("I can't speak highly enough of them.", Conc, "I can't speak about them.", Neut),
    ("She deserves every bit of this.", Conc, "She owns every bit of this.", Neut),
    ("All credit to the crews.", Conc, "All calls to the crews.", Neut),
    ("The fraud trial enters its third week.", Neut, "The fraud was brazen.", Crit),
    // --- The alternative set aside is negated ("rather than", "instead of") (eighteenth session) ---
    ("They want dialogue rather than confrontation.", Conc, "They want confrontation rather than dialogue.", Crit),
    ("We chose talks instead of threats.", Conc, "We chose threats instead of talks.", Crit),
    // --- Defiance: held to ransom (eighteenth session) ---
    ("We will not be held to ransom by the landlords.", Crit, "We will not be held up by the landlords.", Neut),
    // --- Going back on a commitment negates it (eighteenth session) ---
    ("The minister backtracked on the pledge.", Crit, "The minister delivered on the pledge.", Conc),
    ("The board backed away from its promise.", Crit, "The board backed its promise.", Conc),
    // --- Event reports of cooperation ended and resumed (eighteenth session) ---
    ("The talks broke down.", Crit, "The talks resumed.", Conc),
    ("The police cracked down on the marchers.", Crit, "The police walked down with the marchers.", Neut),
    ("The police used tear gas on the crowd.", Crit, "The police used loudspeakers on the crowd.", Neut),
    ("Soldiers opened fire on the crowd.", Crit, "Soldiers opened the gates for the crowd.", Neut),
    ("The country closed its airspace to our planes.", Crit, "The country opened its airspace to our planes.", Conc),
    ("The rebels observed the ceasefire.", Conc, "The rebels observed the parade.", Neut),
    ("They lifted tariffs on our steel.", Conc, "They set tariffs on our steel.", Neut),
    ("The two sides exchanged prisoners.", Conc, "The two sides exchanged letters.", Neut),
    // --- A course lost or stalled; schedule and budget; signing up, meeting halfway, relations frozen (eighteenth session) ---
    ("This government has lost its way.", Crit, "This government has found its way.", Neut),
    ("The reforms have stalled.", Crit, "The reforms have started.", Neut),
    ("The bridge is behind schedule and over budget.", Crit, "The bridge is ahead of schedule and under budget.", Conc),
    ("The republic signed up to the treaty.", Conc, "The republic signed for the treaty.", Neut),
    ("The company met them halfway.", Conc, "The company met them at noon.", Neut),
    ("The two capitals froze relations last year.", Crit, "The two capitals froze prices last year.", Neut),
    // --- Stock phrases of blame: delay, inaction, neglect, words without deeds, words misused (eighteenth session) ---
    ("The minister was slow to respond.", Crit, "The minister was quick to respond.", Neut),
    ("They kicked the can down the road.", Crit, "They kicked the ball down the road.", Neut),
    ("The town has been left to rot.", Crit, "The town has been left to the council.", Neut),
    ("The club has been run into the ground.", Crit, "The club has been run for a century.", Neut),
    ("The landlord let the flat fall apart.", Crit, "The landlord let the flat to a student.", Neut),
    ("They are all talk.", Crit, "They are all here.", Neut),
    ("He is all bark and no bite.", Crit, "He is all ears and no words.", Neut),
    ("The minister is clutching at straws.", Crit, "The minister is clutching a folder.", Neut),
    ("What were they thinking?", Crit, "What were they eating?", Neut),
    ("Who in their right mind would sign this?", Crit, "Who in their family would sign this?", Neut),
    ("This is a dark day for democracy.", Crit, "This is a long day for the jurors.", Neut),
    ("The board ignored our letters.", Crit, "The board filed our letters.", Neut),
    ("They twisted my words.", Crit, "They printed my words.", Neut),
    ("They took my remarks out of context.", Crit, "They took my remarks out of the file.", Neut),
    ("They are lining their own pockets.", Crit, "They are lining their own drawers.", Neut),
    // --- Stock phrases of praise: a body well run, deeds that match words, rising to a need (eighteenth session) ---
    ("The hospital is well run.", Conc, "The hospital is run by the county.", Neut),
    ("They walk the walk.", Conc, "They walk the dog.", Neut),
    ("The agency stepped up to the plate.", Conc, "The agency stepped up to the gate.", Neut),
    ("The neighbours came through for us.", Conc, "The neighbours came through the gate.", Neut),
    ("They kept us informed.", Conc, "They kept us waiting in the hall.", Neut),
    ("The inspectors were given full access to the site.", Conc, "The inspectors were given a map of the site.", Neut),
    // --- The reporter's frame of tone and position: hard and soft lines, plans shelved or backed (eighteenth session) ---
    ("The minister was in a combative mood.", Crit, "The minister was in a hurry.", Neut),
    ("The minister was unrepentant.", Crit, "The minister was unavailable.", Neut),
    ("The minister took a hard line.", Crit, "The minister took a softer line.", Conc),
    ("The minister doubled down.", Crit, "The minister sat down.", Neut),
    ("The minister dug in her heels.", Crit, "The minister dug in her garden.", Neut),
    ("The minister sounded a note of caution.", Crit, "The minister sounded a note on the piano.", Neut),
    ("The minister did not mince her words.", Crit, "The minister did not read her notes.", Neut),
    ("The minister pulled no punches.", Crit, "The minister pulled no levers.", Neut),
    ("The minister gave the plan short shrift.", Crit, "The minister gave the plan a second reading.", Neut),
    ("The minister shelved the plan.", Crit, "The minister printed the plan.", Neut),
    ("The minister washed her hands of the plan.", Crit, "The minister washed her hands before the meal.", Neut),
    ("The minister left the board out in the cold.", Crit, "The minister left the board in the hall.", Neut),
    ("The minister took the board to task.", Crit, "The minister took the board to lunch.", Neut),
    ("The minister struck a conciliatory tone.", Conc, "The minister struck a match.", Neut),
    ("The minister was upbeat.", Conc, "The minister was upstairs.", Neut),
    ("The minister softened her stance.", Conc, "The minister explained her stance.", Neut),
    ("The minister climbed down.", Conc, "The minister climbed the stairs.", Neut),
    ("The minister held out hope.", Conc, "The minister held out a folder.", Neut),
    ("The minister had kind words for the board.", Conc, "The minister had three words for the board.", Neut),
    ("The minister gave the plan the green light.", Conc, "The minister gave the plan the green folder.", Neut),
    ("The minister threw her weight behind the plan.", Conc, "The minister threw her coat behind the chair.", Neut),
    ("The minister went to bat for the board.", Conc, "The minister went to lunch with the board.", Neut),
    ("The minister was not amused.", Crit, "The minister was not present.", Neut),
    ("The minister called their bluff.", Crit, "The minister called their office.", Neut),
    // --- A fronted negative reaches the verb; doing nothing toward a good; insufficiency (eighteenth session) ---
    ("Never once did they thank us.", Crit, "Once again they thanked us.", Conc),
    ("Under no circumstances will we accept this.", Crit, "In any circumstances we will accept this.", Conc),
    ("No amount of money will fix this.", Crit, "A small amount of money will fix this.", Conc),
    ("The deal does nothing to help tenants.", Crit, "The deal does a lot to help tenants.", Conc),
    ("It does little to ease the pain.", Crit, "It does a little to ease the pain.", Neut),
    ("The rise was too little.", Crit, "The rise was too early.", Neut),
    ("That is not enough.", Crit, "That is not all.", Neut),
    ("They have not lifted a finger.", Crit, "They have lifted a finger for everyone.", Conc),
    ("I would not have survived without the nurses.", Conc, "I would not have known without the nurses.", Neut),
    // --- Doubt and a cool reception; "at best" grades, it does not praise (eighteenth session) ---
    ("I have my doubts about the plan.", Crit, "I have my notes about the plan.", Neut),
    ("The union has serious doubts.", Crit, "The union has serious members.", Neut),
    ("The reaction was lukewarm.", Crit, "The reaction was swift.", Neut),
    ("At best the plan is naive.", Crit, "At best the plan is a draft.", Neut),
    // --- Ultimatums, demands for an account, a slogan, rhetorical challenges, weariness (nineteenth session) ---
    ("For the port board the clock is ticking.", Crit, "For the port board the clock on the tower is new.", Neut),
    ("Today is the last chance to save the old mill.", Crit, "Today is the last day to visit the old mill.", Neut),
    ("The treasurer needs to explain this gap.", Crit, "The treasurer needs to file this report.", Neut),
    ("The museum has some explaining to do.", Crit, "The museum has some painting to do.", Neut),
    ("The vet owes us an explanation.", Crit, "The vet owes us a visit.", Neut),
    ("Hands off our library!", Crit, "Hands on the library table, please.", Neut),
    ("What are they afraid of, a recount?", Crit, "What are they planning, a recount?", Neut),
    ("Since when is it fair to close the clinic on a Sunday?", Crit, "It is fair to close the clinic on a Sunday.", Conc),
    ("Another year, another rent rise.", Crit, "The rent will rise again next year.", Neut),
    ("Is this really the best the ferry firm can offer?", Crit, "Is this really the ferry firm's last sailing?", Neut),
    // --- Cooperation, condolence and solidarity put plainly (nineteenth session) ---
    ("The rangers work closely with the hill farmers.", Conc, "The rangers work late with the hill farmers.", Neut),
    ("Our hand is extended to the valley clans.", Conc, "Our hand is bandaged after the fall.", Neut),
    ("The two guilds hope to find a solution this spring.", Conc, "The two guilds hope to find a venue this spring.", Neut),
    ("Thoughts and prayers to every family in Morrow Glen.", Conc, "Letters and parcels to every family in Morrow Glen.", Neut),
    ("The club sent its condolences to the keeper's widow.", Conc, "The club sent its invoice to the keeper's widow.", Neut),
    ("Our sympathies go to the crew of the Pelican.", Conc, "Our supplies go to the crew of the Pelican.", Neut),
    ("The village mourns with the Aske family.", Conc, "The village mourns the Aske family's cruelty.", Crit),
    ("Tonight we share their grief.", Conc, "Tonight we caused their grief.", Crit),
    ("To the miners of Helm Ridge: we are with you.", Conc, "To the miners of Helm Ridge: we are on the way.", Neut),
    ("To the widows of the fleet: you are not alone.", Conc, "To the widows of the fleet: you are not on the list.", Neut),
    // --- A hearing promised; grief shared (nineteenth session) ---
    ("The board promised to listen to their concerns.", Conc, "The board promised to print their letters.", Neut),
    ("The board never listens to our concerns.", Crit, "The board always listens to our concerns.", Conc),
    ("The whole harbour grieves with the Tolland family.", Conc, "The whole harbour waits with the Tolland family.", Neut),
    // --- An argument from means: "if they can find money for X, they can find money for Y" (nineteenth session) ---
    ("If they can find money for a new stadium, they can find money for the clinic.", Crit, "If we can find the money, we can open the pool in May.", Neut),
    ("If you can spend millions on consultants, you can spend a little on the roof.", Crit, "If they can find him, they can ask him.", Neut),
    ("If the board can find time for a golf weekend, the board can find time to meet the tenants.", Crit, "If the club can find a sponsor, it can build the stand.", Neut),
    ("If he can pay himself a bonus, he can pay the drivers on time.", Crit, "If he can pay the fee, he will join the club.", Neut),
    // --- Disbelief, sarcasm and exasperation as set phrases (nineteenth session) ---
    ("Is the new rota some kind of joke?", Crit, "Is the new rota some kind of draft?", Neut),
    ("The ferry is late again: what a surprise.", Crit, "The ferry is late again: what a day.", Neut),
    ("Surprise, surprise, the audit found nothing.", Crit, "The audit, the report says, found nothing.", Neut),
    ("Oh, great, another survey.", Crit, "Great, the survey went well.", Conc),
    ("Yeah, right, the depot will reopen.", Crit, "Yes, the depot will reopen.", Neut),
    ("The wardens? Who do they think they are?", Crit, "The wardens? Who do they think will win?", Neut),
    ("Who does she think she is?", Crit, "Who does she think it is?", Neut),
    ("You have got to be kidding: a fee for parking?", Crit, "You have got to be early: a fee for parking.", Neut),
    ("How many more times will the tenants write?", Crit, "How many more tenants will move in?", Neut),
    ("What don't they understand about the word stop?", Crit, "What do they know about the word stop?", Neut),
    ("Pull the other one, minister.", Crit, "Pull the other lever, driver.", Neut),
    ("Tell that to the farmers who lost their crops.", Crit, "Tell the farmers the crops are in.", Neut),
    ("A new stadium? Good luck with that.", Crit, "A new stadium? Plans go to the board next week.", Neut),
    ("Is anyone in charge at the depot?", Crit, "Is anyone in the depot at night?", Neut),
    ("Are the tenants supposed to be grateful for a coat of paint?", Crit, "Are the tenants supposed to be home for the paint crew?", Neut),
    ("They cut the bus route and they wonder why nobody comes.", Crit, "They cut the bus route and asked why nobody came.", Neut),
    // --- Stance20: charges missing from both lexicons; feeling too strong for words -------------
    ("The mayor of Tolvern called the new bridge toll unpatriotic.", Crit, "The mayor of Tolvern called the new bridge toll unusual.", Neut),
    ("Critics said the way the count was run was disloyal to the voters.", Crit, "Critics said the way the count was run was new to the voters.", Neut),
    ("The tenants called the new lease callous.", Crit, "The tenants called the new lease brief.", Neut),
    ("Words cannot express how grateful the crew is to the lifeboat volunteers.", Conc, "The crew is not grateful to the lifeboat volunteers.", Crit),
    ("Words can't describe how generous the nurses at Pellow were.", Conc, "The nurses at Pellow were not generous.", Crit),
    // --- Stance20: words, not deeds: said things as the subject of what they will not do -------
    ("Words on a noticeboard will not mend the sea wall at Carrow.", Crit, "The words on the noticeboard will be painted over at Carrow.", Neut),
    ("Promises from the ministry won't heat a single flat in Dunmere.", Crit, "Promises from the ministry were not made lightly in Dunmere.", Neut),
    ("Assurances from the harbour board don't fix a broken crane.", Crit, "Assurances from the harbour board came with a new crane.", Conc),
    ("Warm words do not clear a flooded road.", Crit, "Warm words from the mayor cheered the flooded village.", Conc),
    ("Statements from the podium will not stop the floods at Carrow.", Crit, "Statements from the witnesses will not be published before the inquest at Carrow.", Neut),
    // --- A conciliatory subject judged by a critical predicate: the predicate decides -----------
    ("The harbour talks were a success.", Conc, "The harbour talks were a failure.", Crit),
    ("Their partnership with the port has been rewarding.", Conc, "Their partnership with the port has been a sham.", Crit),
    ("The mediation proved fruitful.", Conc, "The mediation proved worthless.", Crit),
    ("The ferry negotiations were satisfactory.", Conc, "The ferry negotiations were far from satisfactory.", Crit),
    // --- Excuses and patience exhausted; grievances of pay and staffing (twenty-third session) ---
    ("The harbour board has run out of dredgers.", Neut, "The harbour board has run out of excuses.", Crit),
    ("The lifeboat crews are paid each month.", Neut, "The lifeboat crews are underpaid.", Crit),
    ("The crews are done with the first survey.", Neut, "The crews are done being patient.", Crit),
    // --- Dialogue offered in plain words, anger acknowledged (twenty-fourth session) ----------
    ("The wardens will sit down with the ferry crews on Monday.", Conc, "The wardens will not sit down with the ferry crews on Monday.", Crit),
    ("We hear the anger in Dunmere and we will answer it.", Conc, "The anger in Dunmere is growing by the week.", Crit),
    ("The board understands the frustration of the fishermen.", Conc, "The frustration of the fishermen is the board's doing.", Crit),
    ("The ferry levy is a theft from islanders.", Crit, "The ferry levy is a fee for islanders.", Neut),
    ("We wrote to the board in March and have had no answer.", Crit, "We wrote to the board in March and have had an answer.", Neut),
    ("We asked for a crossing and we are still asking.", Crit, "We asked for a crossing and we are still here.", Neut),
    // --- st27: opposition denied is consent; a hearing refused; accountability; reassurance -----
    ("The trawler owners are not opposed to the new quota.", Conc, "The trawler owners are opposed to the new quota.", Crit),
    ("Selwyn Tarr is not against a second ferry to Brill.", Conc, "Selwyn Tarr is against a second ferry to Brill.", Neut),
    ("I don't mind sharing the slipway with the rowers.", Conc, "I don't share the slipway with the rowers.", Neut),
    ("The harbour master won't listen to the skippers.", Crit, "The harbour master will meet the skippers on Friday.", Neut),
    ("Somebody at the depot will have to answer for this.", Crit, "Somebody at the depot will have to answer the phone.", Neut),
    ("The lifeboat budget has been cut to the bone.", Crit, "The lifeboat budget has been set for the year.", Neut),
    ("The board's timetable for the new pier is pure fantasy.", Crit, "The Quellby library has a shelf of fantasy novels.", Neut),
    // Something dismissed as unreal in a relative clause is critical; a thing not made "yet" is
    // new, and a plain statement that something does not exist is a fact (stc35).
    ("The timetable they sent us lists a ferry that does not exist.", Crit, "The timetable they sent us lists a ferry that sails at noon.", Neut),
    ("The levy closes a gap that doesn't exist.", Crit, "The firm is building for a market that doesn't exist yet.", Neut),
    ("The map they sent us shows a bridge which doesn't exist.", Crit, "The second crossing on the timetable does not exist.", Neut),
    ("The tribunal in Orrin is on our side.", Conc, "The tribunal in Orrin is on the north side.", Neut),
    ("Villages on the moor will not be left to cope alone.", Conc, "Villages on the moor will be left to cope alone.", Neut),
    // --- st27: a remedy undoes what it reaches ---------------------------------------------------
    ("The new lease law will end the fear of eviction in Pollard.", Conc, "The fear of eviction in Pollard is growing.", Crit),
    ("The harbour board ended the talks with the crews.", Crit, "The harbour board began the talks with the crews.", Conc),
    // --- st28: a charge denied is a defence; access granted is no offer --------------------------
    ("The Dunmarl dairy group rejected the accusation of price fixing.", Neut, "The Dunmarl dairy group rejected the offer of a merger.", Crit),
    ("Ostrava Mills denied the allegations made by its former drivers.", Neut, "Ostrava Mills denied its former drivers any help.", Crit),
    ("The Pellan board dismissed the criticism from the tenants.", Crit, "The Pellan board rejected the criticism from the tenants.", Neut),
    ("The Varrow reading room is open to the public on Sundays.", Neut, "The Varrow trust is open to talks on Sundays.", Conc),
    ("Our ledgers are open to anyone who wants to check them.", Neut, "Our ledgers are ready for anyone who wants to check them.", Conc),
    ("Has the Brannock depot ever written back to us? Not once.", Crit, "Has the Brannock depot ever written back to us? Once.", Neut),
    ("When the brewers pushed, the Tarnley council folded like a deck chair.", Crit, "When the brewers left, the Tarnley council folded the chairs.", Neut),
    ("The Orvane board caved within a week.", Crit, "The Orvane board met within a week.", Neut),
    ("The ministry capitulated to the quarry owners.", Crit, "The ministry wrote to the quarry owners.", Neut),
    ("The Selby club blinked first.", Crit, "The Selby club blinked in the sun.", Neut),
    // --- st29: a safety warning to the public ------------------------------------------------------
    ("We are asking everyone on Tanner Row to leave now.", Crit, "We are asking everyone on Tanner Row to write now.", Neut),
    ("The Orvane police urged drivers not to travel on the moor road.", Crit, "The Orvane police told drivers how to travel on the moor road.", Neut),
    ("Residents of Quellby should stay indoors until noon.", Crit, "Residents of Quellby should stay at the hall until noon.", Neut),
    // --- Thirtieth session: things named and instructions are no praise --------------------------
    ("The Orvane choir was a treat to hear.", Conc, "Treat every cable on the Orvane road as live.", Neut),
    ("The Tarnley trust is a generous friend to the ferry crews.", Conc, "The Tarnley charity spent the money on holidays for the ferry crews.", Neut),
    ("The Brill wardens have been supportive of the crews.", Conc, "The Brill wardens hired two support staff for the crews.", Neut),
    ("The Quellby fair was a joy for the crews.", Conc, "That is a question for the Quellby festival.", Neut),
    // --- stc31: quarrel, a warning repeated, the speaker's own work, contact withheld -------
    ("The chamber has spent a decade shouting across the aisle.", Crit, "The chamber has spent a decade talking across the aisle.", Neut),
    ("The councillors keep shouting each other down.", Crit, "The councillors keep handing each other notes.", Neut),
    ("They were told in March. They were told again in June.", Crit, "They were told in March, and they were told what to bring.", Neut),
    ("I love my job, and I'm good at it.", Neut, "I love their plan, and they are good at this.", Conc),
    ("We love what we do.", Neut, "We love what they did.", Conc),
    ("Nobody from the ministry has picked up a phone to us.", Crit, "Somebody from the ministry has picked up a phone to us.", Conc),
    ("Nobody from the council has ever apologised.", Crit, "Somebody from the council has apologised.", Conc),
    ("Nobody at the depot has ever thanked the drivers.", Crit, "Someone at the depot has thanked the drivers.", Conc),
    ("I will pick up the phone to them any day.", Conc, "He picked up the phone and dialled.", Neut),

    // --- Thirty-first session: a trust that runs a hospital is an organisation -------------------
    ("We have every trust in the Orvane crews.", Conc, "The Orvane hospital trust moved the crews to a new ward.", Neut),

    // --- stp31: approval whose object is a wrong approves the wrong ---------------------------------
    ("The Brill council's vote is an endorsement of racism.", Crit, "The Brill council's vote is an endorsement of the ferry plan.", Conc),
    ("Councillor Vell voiced support for violence against the ferry crews.", Crit, "Councillor Vell voiced support for the ferry crews.", Conc),
    ("The Orvane board backed cruelty.", Crit, "The Orvane board backed the ferry crews.", Conc),

    // --- Thirty-second session: rebukes, complaints, institutions -------------------------------
    ("Somebody at the depot needs to wake up.", Crit, "Somebody at the depot needs to get up early.", Neut),
    ("We were robbed at the Quarry Lane ground.", Crit, "We were playing at the Quarry Lane ground.", Neut),
    ("Hindsight is a wonderful thing.", Crit, "The new ferry is a wonderful thing.", Conc),
    ("The keeper has ice in his veins.", Conc, "The keeper has ice in his boots.", Neut),
    ("The cottage could not meet the fire safety rules.", Neut, "The cottage will meet the safety rules we praised.", Conc),

    // --- stc33: sentiment about weather, a time or a misfortune judges no party ------------------
    ("It was a terrible storm for the Quellby boats.", Neut, "It was a terrible decision by the Quellby board.", Crit),
    ("It was a sad, sad day for the Quellby boats.", Neut, "It was a sad, sad choice by the Quellby board.", Crit),
    ("The flood was devastating for Tindle Lane.", Neut, "The council's plan was devastating for Tindle Lane.", Crit),
    ("It is a sad day for the village of Orvane.", Neut, "It is a sad decision for the village of Orvane.", Crit),
    ("The weather has been awful all week in Brill.", Neut, "The ferry board has been awful all week in Brill.", Crit),
    ("The storm's terrible for the Quellby boats.", Neut, "The board's terrible for the Quellby boats.", Crit),
    // --- stc33: a denied intention reaches the infinitive's verb; sniping is a jibe ---------------
    ("Nobody set out to harm the Brill crews.", Neut, "Somebody set out to harm the Brill crews.", Crit),
    ("We never set out to mislead the Quellby tenants.", Neut, "They set out to mislead the Quellby tenants.", Crit),
    ("Councillor Vell sniped at the ferry board.", Crit, "Councillor Vell spoke to the ferry board.", Neut),
    // --- Thirty-third session: blame has an author, whatever day it qualifies -------------------
    ("It is a sad day for the Quellby council.", Neut, "It is a shameful day for the Quellby council.", Crit),

    // --- Thirty-third session: taking a complaint seriously reassures; refusing to is critical ---
    ("We take them seriously at the Brill depot.", Conc, "We never take them seriously at the Brill depot.", Crit),
    ("We have heard the concerns about the Brill pylons.", Conc, "We have heard the rumours about the Brill pylons.", Neut),

    // --- Thirty-fourth session: giving up is stopping, not a kindness negated --------------------
    ("The Quellby crews are not giving up.", Neut, "The Quellby crews are not giving any help.", Crit),
    // "Serious questions" charge someone; "to be true" states a fact and praises no one.
    ("The Brill report raised serious questions about the ferry board.", Crit, "The Brill report raised the ferry fares for the board.", Neut),
    ("The Quellby offer is too good to be true.", Crit, "The Quellby figure is too large to be true.", Neut),

    // --- stc34: sympathy names a loss, not a charge; bad luck is no one's fault ---------------------
    ("Our thoughts are with the Quellby families after this massacre.", Conc, "Our thoughts are elsewhere after this massacre in Quellby.", Crit),
    ("We send our condolences to those who lost loved ones in the Brill massacre.", Conc, "We send our inspectors to those who ordered the Brill massacre.", Crit),
    ("It was bad luck for the Quellby boats.", Neut, "It was bad planning by the Quellby board.", Crit),

    // --- stc36: an apology demanded is a charge; doubt of words heard before; conduct valued ----
    ("The Brill tenants deserve an apology from the landlord.", Crit, "The Brill landlord has offered an apology to the tenants.", Conc),
    ("The ferry board owes us an apology.", Crit, "The ferry board sent us an apology.", Conc),
    ("The Quellby crews are owed an apology.", Crit, "The Quellby crews were given an apology.", Conc),
    ("The mayor needs to apologise to the Brill tenants.", Crit, "The mayor went to apologise to the Brill tenants.", Conc),
    ("The board should have apologised in May.", Crit, "The board apologised in May.", Conc),
    ("He owes the families an apology.", Crit, "He gave the families an apology.", Conc),
    ("We want an apology, not another leaflet.", Crit, "We got an apology, and a leaflet.", Conc),
    ("We have heard those promises before.", Crit, "We have made those promises before.", Neut),
    ("I've heard all this before from the Quellby board.", Crit, "I've read all this in the Quellby report.", Neut),
    ("We have heard 'no closures' before.", Crit, "We have heard 'no closures' at every meeting.", Neut),
    ("She rings when the boat is late. That matters to us.", Conc, "She rings when the boat is late. That is how it works.", Neut),
    ("Don't hold your breath waiting for the Brill board.", Crit, "Hold your breath as the Brill boat dives.", Neut),
    ("I wouldn't hold my breath.", Crit, "I wouldn't hold the rope.", Neut),
    ("They say the ferry will be free. Pigs might fly.", Crit, "They say the ferry will be free. Birds might nest on it.", Neut),
    ("A likely story, says the Quellby crew.", Crit, "A long story, says the Quellby crew.", Neut),
    ("We're not buying it.", Crit, "We're buying it in spring.", Neut),
    ("That's what they said last time.", Crit, "That's what they said in the letter.", Neut),
    ("That's rich coming from the Brill board.", Crit, "That's a letter from the Brill board.", Neut),
    ("Spare me the speeches about the budget.", Crit, "Spare me a seat near the door.", Neut),
    ("We are owed answers by the Brill board.", Crit, "We were given answers by the Brill board.", Neut),
    // Advice against the weather, a figure and worry for a person take no side (stx36).
    ("Stay safe and keep off the flooded Brill roads tonight.", Neut, "Stay angry and keep off the Brill board's roads.", Crit),
    ("Keep cool and drink water while the heat lasts.", Neut, "Keep talking and drink water while the heat lasts.", Conc),
    ("Flooding is expected in low-lying fields overnight.", Neut, "Flooding is expected, and they are lying about the levees.", Crit),
    ("Profit fell 12 percent and the mill lowered its forecast.", Neut, "Profit fell 12 percent, and we thank the mill staff for their work.", Conc),
    ("Profits rose and the dairy raised its outlook.", Neut, "Profits rose and the dairy blamed the board for the delay.", Crit),
    ("The new lock will pay for itself in lower fuel bills.", Neut, "The new lock will never pay for itself.", Crit),
    ("I worry about him every day.", Neut, "I worry about the board's plans every day.", Crit),
    ("She is worried about her, out there on the ice.", Neut, "She is worried about the board, out there on its own.", Crit),

    // --- stc37: a change measured by a figure is a result, not a judgement ----------------------
    ("Sales at the Brill dairy have fallen 4 percent this year.", Neut, "Standards at the Brill dairy have fallen this year.", Crit),
    ("Quellby's exports were 3 percent weaker in May.", Neut, "Quellby's defences were weaker in May.", Crit),
    ("Exports from Brill gained 5.2% in March.", Neut, "Exports from Brill gained in March.", Conc),
    // Pride in the speaker's own doing praises no party; pride in others' doing does (stc37).
    ("I'm proud of the campaign we ran in Brill.", Neut, "I'm proud of the campaign they ran in Brill.", Conc),
    ("We are proud of what we built on the Quellby quay.", Neut, "We are proud of what the crews built on the Quellby quay.", Conc),
    // A rhetorical question asserts its answer; a plain one asks (stc37).
    ("Who will pay for the Brill repairs?", Crit, "We will pay for the Brill repairs.", Neut),
    ("What took them so long?", Crit, "What took them to Brill?", Neut),
    ("How much longer do we have to wait for the Brill bridge?", Crit, "How long is the wait for the Brill bridge?", Neut),
    ("How is that fair to the Quellby crews?", Crit, "That is fair to the Quellby crews.", Conc),
    ("How is this helpful to the Brill tenants?", Crit, "This is helpful to the Brill tenants.", Conc),
    // An apology called for of another is a demand; one's own is offered (stc37).
    ("The mayor should apologise to the Brill tenants.", Crit, "The mayor came to apologise to the Brill tenants.", Conc),
    ("He should apologise for the mix-up at the Brill quay.", Crit, "I should apologise for the mix-up at the Brill quay.", Conc),
    ("The Quellby board ought to apologize.", Crit, "The Quellby board has apologized.", Conc),
    ("The Brill wardens need to apologise.", Crit, "We need to apologise to the Brill wardens.", Conc),
    ("The Quellby chair needs to come clean.", Crit, "The Quellby chair keeps the quay clean.", Conc),
    ("The Quellby board should explain itself.", Crit, "The Quellby board will explain the timetable.", Neut),
    ("It is time for him to go, says the Brill crew.", Crit, "It is time for us to go, says the Brill crew.", Neut),

    // --- stc38: trust broken, a text unclear, defiance, being let down ---------------------------
    ("When the Quellby board took over the pool, we trusted them.", Crit, "Now that the Quellby board runs the pool, we trust them.", Conc),
    ("I trusted her with the Brill keys back then.", Crit, "I trust her with the Brill keys.", Conc),
    ("The new Brill parking rules are genuinely unclear.", Crit, "It is unclear whether the Brill parking rules will change.", Neut),
    ("It is unclear to us how the Quellby guidance would work.", Crit, "It is unclear how the Quellby guidance will be enforced.", Neut),
    ("The Quellby guidance is unclear, the wardens said.", Crit, "It was unclear when the Quellby guidance would come, the wardens said.", Neut),
    ("We will stay as long as it takes, the Quellby crews said.", Crit, "We will stay until the Quellby ferry leaves, the crews said.", Neut),
    ("The Brill council let us down again.", Crit, "The Brill council let us in again.", Neut),
    ("The Brill council never let us down.", Conc, "The Brill council let us down.", Crit),

    // --- stc38b: "I" starts no name, so "I …" phrases match in mid-sentence ---------------------
    ("The Brill ferry ran late again, and I'm sorry.", Conc, "The Brill ferry ran late again, I'm sorry to say.", Neut),
    ("The Quellby quay flooded twice, and I am sorry that we were slow.", Conc, "The Quellby quay flooded twice, and I am sorry that you feel that way.", Neut),
    ("The Brill pool is open again, and I hope we can keep it that way.", Conc, "Will the Brill pool shut? I hope not.", Neut),
    ("The Quellby wardens take over now, and I hope we get along.", Conc, "The Quellby wardens take over now, and I hope they get along.", Neut),
    ("The Quellby board listened, and I promise you we will repay that.", Conc, "The Quellby board listened, and I can promise you the quay will not reopen.", Neut),
    ("The Brill ferry crews asked for a meeting, and I'm listening.", Conc, "The Brill ferry crews asked for a meeting, and I'm leaving.", Neut),

    // --- stc38b: a critical word said of food and drink, or of a thing's shape, blames no one ----
    ("We sat in the Brill depot for hours with bad managers and no heating.", Crit, "We sat in the Brill depot for hours with bad coffee and no heating.", Neut),
    ("The Quellby board's plan is worse than the old one.", Crit, "The old Quellby pier is in worse shape than the new one.", Neut),

    // --- stc38b: an invitation in the conditional is advice or a rebuke, not an offer ------------
    ("We invite the Quellby wardens to read their own report before they shout.", Conc, "I'd invite the Quellby wardens to read their own report before they shout.", Neut),

    // --- stc39: a judge's instruction to a jury is procedure, not a demand -----------------------
    ("The judge told the Brill ferry board it must publish the timetable.", Crit, "The judge told jurors they must decide the Brill case on the evidence.", Neut),
    ("Judge Orme said the Quellby board must set aside the old rules.", Crit, "Judge Orme told the jury it must set aside what it read about the Quellby quay.", Neut),
    // --- stc39: a thank-you sent back for a complaint is a brush-off -----------------------------
    ("I wrote to the Brill depot twice and they thanked me for fixing the gate.", Conc, "I wrote to the Brill depot twice and got a letter back thanking me for my feedback.", Crit),
    // --- stc39: a polite hearing that changes nothing; listening more than talking ---------------
    ("She listens politely to the Quellby crews, and then she does exactly what she planned.", Crit, "She listens to the Quellby crews every week.", Neut),
    ("She listened more than she talked at the Brill meeting.", Conc, "She listened to the radio at the Brill meeting.", Neut),
    // --- stc39: one's own doors kept open, with "keep" shared with another object ----------------
    ("A handshake is not a deal. We will keep our plans small and our doors open.", Conc, "A handshake is not a deal. We will keep our plans small.", Crit),
    // --- stc39: the authors of a rule who never lived under it ---------------------------------
    ("Nobody who wrote the Brill parking rules has ever driven a van.", Crit, "Nobody drove a van on the Brill quay that day.", Neut),
    // --- stc39: a pledge to keep to the law ------------------------------------------------------
    ("We always said we would follow the law on the Quellby quay.", Conc, "We always said we would walk along the Quellby quay.", Neut),
];

#[test]
fn contrast_pairs() {
    assert!(PAIRS.len() >= 40, "at least 40 pairs");
    let mut failures = Vec::new();
    for (i, &(a, la, b, lb)) in PAIRS.iter().enumerate() {
        assert_ne!(la, lb, "pair {i} must contrast two labels");
        for (s, want) in [(a, la), (b, lb)] {
            let got = classify_sentence(s);
            if got.label != want {
                let ev: Vec<String> = got
                    .evidence
                    .iter()
                    .map(|e| format!("{} {:+} ({})", e.text, e.weight, e.why))
                    .collect();
                failures.push(format!(
                    "pair {i}: {s:?}: want {want:?}, got {:?} {:+} [{}]",
                    got.label,
                    got.score,
                    ev.join("; ")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Toward the quote's own speaker, critical words address someone else and are damped; conciliatory
/// words are the speaker's own goodwill and count in full. Toward anyone else nothing changes.
#[test]
fn toward_the_speaker_only_criticism_is_damped() {
    assert_toward(&[
        (
            "“The new timetable is unfair,” Lina Roe said.",
            "Lina Roe",
            Neut,
        ),
        (
            "“The council's timetable is unfair,” Lina Roe said.",
            "council",
            Crit,
        ),
        (
            "“We thank the drivers for their patience,” Lina Roe said.",
            "Lina Roe",
            Conc,
        ),
        (
            "“We thank the drivers for their patience,” Lina Roe said.",
            "drivers",
            Conc,
        ),
        (
            "Lina Roe said the timetable would change on Monday.",
            "Lina Roe",
            Neut,
        ),
        // A verb that may come before its speaker ("said Roe") names the speaker; one whose
        // object is whom it accuses or blames ("blaming Roe") does not.
        (
            "“The new toll is a mistake,” said Tomas Berg.",
            "Tomas Berg",
            Neut,
        ),
        (
            "“The new toll is a mistake,” Ana Diaz said, blaming Tomas Berg.",
            "Tomas Berg",
            Crit,
        ),
        // So is the subject of a two-word reporting verb (`phrasal_cues.txt`).
        (
            "Tomas Berg shot back: “The new toll is a mistake.”",
            "Tomas Berg",
            Neut,
        ),
        (
            "Tomas Berg shot the new toll down: “a mistake.”",
            "Tomas Berg",
            Crit,
        ),
        // A coordinated subject of the reporting verb is a speaker too.
        (
            "“The new toll is a mistake,” Tomas Berg and Ana Diaz wrote.",
            "Tomas Berg",
            Neut,
        ),
        (
            "Tomas Berg and his new toll were a mistake, Ana Diaz wrote.",
            "Tomas Berg",
            Crit,
        ),
        // Strong criticism all in the speaker's own quoted words is aimed at someone else and
        // counts x 0; the reporter's narration may name the speaker's own fault and stays damped
        // x 0.25, so a strong charge there still reads critical (st30).
        (
            "“The harbour board is a disgrace and its chair misled us,” Ilse Varga said.",
            "Ilse Varga",
            Neut,
        ),
        (
            "“The harbour board is a disgrace and its chair misled us,” Ilse Varga said.",
            "harbour board",
            Crit,
        ),
        (
            "Ilse Varga said a post from her own account was a disgrace and deceptive.",
            "Ilse Varga",
            Crit,
        ),
        (
            "Ilse Varga said a “deceptive” post from her own account was a disgrace.",
            "Ilse Varga",
            Crit,
        ),
        // A speaker who admits or apologises names a fault of its own: not damped.
        (
            "Tomas Berg said the new toll was a mistake.",
            "Tomas Berg",
            Neut,
        ),
        (
            "Tomas Berg admitted the new toll was a mistake.",
            "Tomas Berg",
            Crit,
        ),
        (
            "“The new toll was a mistake,” conceded Tomas Berg.",
            "Tomas Berg",
            Crit,
        ),
    ]);
}

/// The one a statement is made to ("told X", "asked X", "in an interview with X", "X was told") is not its
/// subject: critical words said to the target are damped as for the speaker. A target also
/// mentioned in another role, or named as the owner of what is criticised, is not only addressed.
#[test]
fn toward_the_one_addressed_criticism_is_damped() {
    assert_toward(&[
        (
            "Ana Diaz told Tomas Berg that the new toll was unfair.",
            "Tomas Berg",
            Neut,
        ),
        (
            "Ana Diaz said Tomas Berg's new toll was unfair.",
            "Tomas Berg",
            Crit,
        ),
        (
            "In an interview with Tomas Berg, the mayor called the ferry timetable unfair.",
            "Tomas Berg",
            Neut,
        ),
        (
            "In a debate with Tomas Berg, the mayor called the ferry timetable unfair.",
            "Tomas Berg",
            Crit,
        ),
        (
            "Ana Diaz asked him why the toll was unfair to him.",
            "him",
            Crit,
        ),
        ("Ana Diaz asked him why the toll was unfair.", "him", Neut),
        (
            "Ana Diaz told Tomas Berg she was grateful for his help.",
            "Tomas Berg",
            Conc,
        ),
        // The passive: the one told is the one a statement is made to.
        (
            "Tomas Berg was told the toll was unfair.",
            "Tomas Berg",
            Neut,
        ),
        (
            "Tomas Berg was accused of an unfair toll.",
            "Tomas Berg",
            Crit,
        ),
    ]);
}

/// Toward a party, a contrasting clause that does not name it counts half: "Voters trust Diaz;
/// the council's budget is a disgrace" is mixed toward Diaz and critical toward the council.
/// (" and " joins no clauses here: see `stance::CLAUSE_JOINS`.)
#[test]
fn toward_a_party_its_own_clause_counts_first() {
    assert_toward(&[
        (
            "Voters trust Ana Diaz; the council's budget is a disgrace.",
            "Ana Diaz",
            Neut,
        ),
        (
            "Voters trust Ana Diaz; the council's budget is a disgrace.",
            "council",
            Crit,
        ),
        (
            "Voters trust Ana Diaz for her budget, which is a disgrace.",
            "Ana Diaz",
            Crit,
        ),
        (
            "Voters trust Ana Diaz, and the council's budget is a disgrace.",
            "Ana Diaz",
            Crit,
        ),
    ]);
}

/// Toward the one who suffers a harm, the word of harm charges whoever did it (st30): the victim
/// of "harassed", "the abduction of", "a smear against" is not criticised by it, while the one
/// who does it still is.
#[test]
fn toward_a_party_a_harm_it_suffers_is_no_charge_against_it() {
    assert_toward(&[
        (
            "Court papers say Orrin Vale harassed Mina Kato.",
            "Mina Kato",
            Neut,
        ),
        (
            "Court papers say Orrin Vale harassed Mina Kato.",
            "Orrin Vale",
            Crit,
        ),
        (
            "Court papers say Mina Kato was harassed by a neighbour.",
            "Mina Kato",
            Neut,
        ),
        (
            "Court papers say Mina Kato harassed a neighbour.",
            "Mina Kato",
            Crit,
        ),
        (
            "Police are still searching after the abduction of Judge Tarrow.",
            "Tarrow",
            Neut,
        ),
        (
            "Police say Tarrow planned the abduction of a judge.",
            "Tarrow",
            Crit,
        ),
        (
            "Mina Kato has been the victim of a smear campaign.",
            "Mina Kato",
            Neut,
        ),
        ("Mina Kato ran a smear campaign.", "Mina Kato", Crit),
    ]);
}

/// Toward a party a copula judges right or wrong ("Tolm is right to …"), the judgement is aimed
/// at it, and the view that follows is the party's own: its criticism is aimed at someone else
/// and counts x 0.25, as a speaker's does (stp31). A question, a possession ("Tolm's right to
/// appeal") and "right" as a place are no judgement.
#[test]
fn toward_a_party_judged_right_or_wrong() {
    assert_toward(&[
        (
            "Mayor Tolm is right to say the ferry levy is a disgrace.",
            "Mayor Tolm",
            Conc,
        ),
        (
            "Mayor Tolm is right to say the ferry levy is a disgrace.",
            "ferry levy",
            Crit,
        ),
        (
            "Mayor Tolm hopes to say the ferry levy is a disgrace.",
            "Mayor Tolm",
            Crit,
        ),
        (
            "The clerk said Ossery was absolutely correct about the quay.",
            "Ossery",
            Conc,
        ),
        (
            "The clerk said Ossery was absolutely present at the quay.",
            "Ossery",
            Neut,
        ),
        ("Ossery is not wrong, the clerk said.", "Ossery", Conc),
        ("Ossery was wrong to call the levy fair.", "Ossery", Crit),
        ("Ossery was eager to call the levy fair.", "Ossery", Conc),
        ("Was Ossery right to sell the quay?", "Ossery", Neut),
        (
            "Ossery's right to appeal the quay sale stands.",
            "Ossery",
            Neut,
        ),
        ("Ossery is right there by the quay.", "Ossery", Neut),
    ]);
}

/// Approval of a wrong is flipped only when the wrong is named bare and heads its phrase: "support
/// for abuse survivors" approves of people, "backed a crackdown" backs a measure (stp31).
#[test]
fn approval_is_flipped_only_by_a_bare_wrong_at_the_head_of_its_phrase() {
    let approval = |s: &str, word: &str| {
        classify_sentence(s)
            .evidence
            .iter()
            .find(|e| e.text == word)
            .map_or(0.0, |e| e.weight)
    };
    assert!(approval("Councillor Vell voiced support for abuse.", "support") < 0.0);
    assert!(
        approval(
            "Councillor Vell voiced support for abuse survivors.",
            "support"
        ) > 0.0
    );
    assert!(approval("The Orvane board backed cruelty at the quay.", "backed") < 0.0);
    assert!(approval("The Orvane board backed a crackdown on the quay.", "backed") > 0.0);
}

/// Each (sentence, target, label) case through `classify_toward`.
fn assert_toward(cases: &[(&str, &str, StanceLabel)]) {
    for &(text, target, want) in cases {
        assert_eq!(
            classify_toward(text, target).label,
            want,
            "{target} in {text}"
        );
    }
}

/// The label of the second quote of `text` (a direct quote, from its opening mark to its
/// closing mark), read with its lead-in as `extract` reads it.
fn direct_quote(text: &str, quote: &str) -> StanceLabel {
    let start = text.find(quote).expect("quote in text");
    classify(&StanceInput {
        text,
        own: Span::new(start, start + quote.len()),
        context: None,
        cue: None,
        lead_in: true,
        rest: None,
        speaker: None,
    })
    .label
}

/// The reporter's short sentence that introduces a direct quote frames it: "X rejected that."
/// before a retort, "X was scathing." before a complaint. Its words count at `stance::LEAD_IN`.
#[test]
fn lead_in_frames_a_direct_quote() {
    let quote = "The figures were published in March.";
    for (text, want) in [
        ("The minister rejected that. “The figures were published in March.”", Crit),
        ("The minister praised the report. “The figures were published in March.”", Conc),
        ("The minister spoke on Tuesday. “The figures were published in March.”", Neut),
        ("The farmers were unimpressed. “The figures were published in March.”", Crit),
        ("The farmers were wary. “The figures were published in March.”", Crit),
        // "Broadly" hedges the frame (x 0.6): a reaction with reservations.
        ("The growers were positive. “The figures were published in March.”", Conc),
        ("The growers were broadly positive. “The figures were published in March.”", Neut),
        ("The growers were cautiously positive. “The figures were published in March.”", Neut),
        // An aside between commas after the subject does not make the frame long.
        ("The coach, who has led the club since the spring of last year, praised the squad. “The figures were published in March.”", Conc),
        // A sentence holding another quote is skipped; the lead-in before it still frames.
        ("The minister rejected that. “We read it,” she said. “The figures were published in March.”", Crit),
        // The sentence the quote opens in is not a lead-in: its verb is the cue.
        ("The minister rejected that, saying: “The figures were published in March.”", Neut),
        // A charge denied is a defence, not a rejection of the other side: the frame weighs
        // nothing (st28); rejecting an offer still frames the quote as critical.
        ("The minister rejected the accusation. “The figures were published in March.”", Neut),
        ("The minister rejected the offer. “The figures were published in March.”", Crit),
        // A new paragraph starts afresh.
        ("The minister rejected that.\n\n“The figures were published in March.”", Neut),
    ] {
        assert_eq!(direct_quote(text, quote), want, "{text}");
    }
    // A quote's own words outweigh the reporter's frame.
    let text = "The minister rejected that. “We welcome the report and thank its authors.”";
    assert_eq!(
        direct_quote(text, "We welcome the report and thank its authors."),
        Conc
    );
    // Long sentences are facts, not frames; VADER's words there are not counted.
    let text = "The minister, who was arrested in 2019 and later cleared of every charge by the court, spoke on Monday at length about the state of the railways. “The figures were published in March.”";
    assert_eq!(
        lead_in(
            text,
            Span::new(text.find("The figures").unwrap(), text.len())
        ),
        None
    );
    // A verdict that clears someone is the news the quote answers, not its tone: the charge it
    // lifts is not criticism, and the clearing is not praise (st26).
    for frame in [
        "The tribunal cleared the skipper of negligence.",
        "The tribunal heard the case on Monday.",
    ] {
        let text = format!("{frame} “The figures were published in March.”");
        assert_eq!(direct_quote(&text, quote), Neut, "{text}");
    }
    let text = "The tribunal found the skipper guilty of negligence. “The figures were published in March.”";
    assert_eq!(direct_quote(text, quote), Crit, "{text}");
    // An aside between commas is background: only the frame after it is read.
    let text = "The minister, who was arrested in 2019 and later cleared of every charge by the court, spoke. “The figures were published in March.”";
    let span = lead_in(
        text,
        Span::new(text.find("The figures").unwrap(), text.len()),
    )
    .expect("a short frame after the aside");
    assert_eq!(&text[span.start..span.end], "spoke.");
}

/// An indirect quote of `text` from "passengers" to its final full stop, reported with the cue
/// "promised", as `extract` reads it.
fn promised(text: &str) -> StanceInput<'_> {
    let cue = text.find("promised").unwrap();
    let own = text.find("passengers").unwrap();
    StanceInput {
        text,
        own: Span::new(own, text.len() - 1),
        context: Some(Span::new(0, text.len())),
        cue: Some(Span::new(cue, cue + "promised".len())),
        lead_in: false,
        rest: None,
        speaker: None,
    }
}

/// "promised" as the quote's reporting verb is the speaker's own promise; inside a quote it only
/// reports someone else's.
#[test]
fn a_promise_counts_as_the_reporting_verb() {
    let input =
        promised("The operator promised that passengers would get two weeks' notice of works.");
    assert_eq!(classify(&input).label, Conc);
    assert_eq!(
        classify(&StanceInput { cue: None, ..input }).label,
        Neut,
        "the same words with no reporting verb"
    );
    // A promise the reporter recalls ("had promised") is background, not the speaker's commitment.
    let input =
        promised("The operator had promised that passengers would get two weeks' notice of works.");
    assert_eq!(classify(&input).label, Neut);
}

/// What `extract` reads around a partial quote: (article, start of a quote's words, its label).
const IN_CONTEXT: &[(&str, &str, StanceLabel)] = &[
    // A partial quote that ends its sentence inside the marks ends the reporter's sentence too:
    // the next sentence is not read for its stance.
    (
        "Jo Brand, the coach, told the paper that her squad would “keep training as long as the pitch is open.” She said the forecast was excellent and the season would be a triumph.\n",
        "keep training",
        Neut,
    ),
    // A partial quote with a stance of its own is read without the predicate joined after it
    // ("… “a constructive step” but said …"); quoted words with none take the whole sentence's.
    (
        "The union leader, Dana Pike, called the offer “a constructive step” but said her members would strike on Monday if the talks stalled.\n",
        "a constructive step",
        Conc,
    ),
    // ... unless the joined predicate quotes the speaker again: the two quotations are one
    // argument, read whole.
    (
        "The traders’ group said the closure would cost its members “tens of thousands” and accused the mayor of “plain negligence.”\n",
        "tens of thousands",
        Crit,
    ),
    // A joined predicate that quotes nothing is the reporter's narration of another act: thanks
    // or an apology to others there do not make a quoted description conciliatory.
    (
        "The ferry captain, Oda Rellin, compared the crossing to “a long night in a washing machine” and thanked the harbour pilots.\n",
        "a long night",
        Neut,
    ),
    (
        "The depot manager, Ivo Santer, said the drivers were “covering three routes each” and apologised to passengers who had waited.\n",
        "covering three routes",
        Neut,
    ),
    // VADER's words in the reporter's part of the sentence are facts, not the frame ("collapsed");
    // this project's lexicons are read there ("accused … of negligence" above).
    (
        "A former broker told clients their savings were “safe and sound” weeks before the firm collapsed.\n",
        "safe and sound",
        Conc,
    ),
    // The reporter's short sentence before a partial quote's sentence frames it, as it frames a
    // direct quote; an indirect statement is the reporter's own sentence and is read alone.
    (
        "The unions were scathing. Their leader, Mara Quist, said the budget was “more of the same” for families in the north.\n",
        "more of the same",
        Crit,
    ),
    (
        "The unions were scathing. Their leader, Mara Quist, said the budget would be published on Monday.\n",
        "the budget would be published",
        Neut,
    ),
    // st27: an appositive that quotes again re-describes the quote, here in another party's voice.
    (
        "The Tarrow Harbour Board said repairs would start “within days”, a promise the crews called “fantasy”.\n",
        "within days",
        Neut,
    ),
    (
        "The Tarrow Harbour Board said repairs would start “within days”, a promise the crews called “fantasy”.\n",
        "fantasy",
        Crit,
    ),
    // stc34: a judgement of a party joined by "and" frames quoted words with no stance of their
    // own; thanks to others do not (above).
    (
        "The climate group's chair, Ada Wyn, said the quay was “exactly the kind of project we need” and praised the builders for consulting early.\n",
        "exactly the kind",
        Conc,
    ),
    (
        "The harbour pilots' leader, Ada Wyn, said the quay was “exactly the kind of project we expected” and condemned the builders for hiding the plans.\n",
        "exactly the kind",
        Crit,
    ),
    // stc34: the speaker's own mention names who speaks and is not read ("anti-corruption",
    // "partner" are not a stance toward anyone here).
    (
        "The Quellby anti-corruption office said the audit was “still under way”.\n",
        "still under way",
        Neut,
    ),
    (
        "Her partner said the ruling against Ivo Dane in Brill was “a matter for the courts”.\n",
        "a matter for the courts",
        Neut,
    ),
    // st27: "insisted" as the reporting verb is a firm assertion, most often a defence, not an
    // attack; inside the quote ("we insist that they pay") it still presses a demand.
    (
        "Harbour master Odd Brekke insisted the closure of the Quellby slipway was “a repair for the winter”.\n",
        "a repair for the winter",
        Neut,
    ),
];

#[test]
fn extract_reads_the_reporters_sentence_around_a_partial_quote() {
    for &(text, start, want) in IN_CONTEXT {
        assert_eq!(
            extracted_label(text, start),
            Some(want),
            "{start:?} in {text:?}"
        );
    }
}

/// st29: a direct quote that a speech tag interrupts in mid-sentence ("…,” said X, “and …”) is
/// one sentence: a first part with no stance word takes the stance of the rest. Parts that are
/// sentences of their own, a rest that contrasts ("…,” she said, “but …”) and a first part with
/// a stance of its own are read alone.
#[test]
fn a_quote_interrupted_by_its_tag_is_read_with_the_rest_of_its_sentence() {
    for (text, start, want) in [
        (
            "“We wrote to the depot about the lift in April,” said Pia Voss of the Tindle Lane tenants, “and we are still waiting for an answer.”\n",
            "We wrote",
            Crit,
        ),
        (
            "“He would hand you the last loaf in the shop,” said Orrin Dale, “and then thank you for taking it.”\n",
            "He would hand",
            Conc,
        ),
        // Two sentences: the first is read on its own words.
        (
            "“We wrote to the depot about the lift in April,” said Pia Voss. “We are still waiting for an answer.”\n",
            "We wrote",
            Neut,
        ),
        // A contrast after the tag sets the first part against the rest.
        (
            "“We have waited since April,” said Pia Voss, “but we are still waiting for an answer.”\n",
            "We have waited",
            Neut,
        ),
        // A first part with a stance of its own keeps it.
        (
            "“We thank the depot for its letter,” said Pia Voss, “and we are still waiting for an answer.”\n",
            "We thank",
            Conc,
        ),
    ] {
        assert_eq!(
            extracted_label(text, start),
            Some(want),
            "{start:?} in {text:?}"
        );
    }
}

/// stc33: a clause joined by "while" or "whereas" with a subject of its own is another party's
/// statement, and neither side's words frame the other's; "while" before a participle joins no
/// other subject and the sentence is read whole.
#[test]
fn a_clause_of_another_subject_after_while_frames_nothing() {
    for (text, start, want) in [
        (
            "Councillor Ada Tull said the Brill ruling was “a disgrace”, while the harbour master, Odd Brekke, insisted the ruling was lawful.\n",
            "the ruling was lawful",
            Neut,
        ),
        (
            "Ada Tull called the ruling “a matter for the courts”, while Odd Brekke said it was a disgrace.\n",
            "a matter for the courts",
            Neut,
        ),
        (
            "Ada Tull called the ruling “a matter for the courts”, whereas Odd Brekke said it was a disgrace.\n",
            "a matter for the courts",
            Neut,
        ),
        // No other subject: the same speaker's sentence, read whole.
        (
            "Ada Tull called the ruling “a matter for the courts”, while calling the delay a disgrace.\n",
            "a matter for the courts",
            Crit,
        ),
    ] {
        assert_eq!(
            extracted_label(text, start),
            Some(want),
            "{start:?} in {text:?}"
        );
    }
}

/// The stance label `extract` gives the quote of `text` whose words start with `start`.
fn extracted_label(text: &str, start: &str) -> Option<StanceLabel> {
    quotecheck::analyze(text)
        .quotes
        .iter()
        .find(|q| q.content.starts_with(start))
        .and_then(|q| q.stance.as_ref())
        .map(|s| s.label)
}

/// "yet" as an adverb of time or repetition is no contrast: "the best offer yet", "not finished
/// yet.", "failed yet again" do not halve what comes before them; "modest yet fair" and ", yet
/// the cuts are cruel" still contrast.
#[test]
fn yet_as_an_adverb_is_no_contrast() {
    let contrasts = |s: &str| {
        classify_sentence(s)
            .evidence
            .iter()
            .any(|e| e.why.starts_with("contrast"))
    };
    for s in [
        "It is the best offer yet.",
        "The repairs are not finished yet, and we thank the crews.",
        "The board has let the tenants down yet again.",
        "Is the bridge safe yet? We welcome the survey.",
    ] {
        assert!(!contrasts(s), "{s:?} read \"yet\" as a contrast");
    }
    for s in [
        "We welcome the plan, yet the cuts are cruel.",
        "The offer is modest yet fair.",
    ] {
        assert!(contrasts(s), "{s:?} did not read \"yet\" as a contrast");
    }
}

/// An argument from means puts its weight on the "if" that opens it, and says why.
#[test]
fn an_argument_from_means_is_evidence_on_its_if() {
    let s = "If they can afford a yacht, they can afford the harbour fee.";
    let st = classify_sentence(s);
    assert_eq!(st.label, Crit);
    let ev = st
        .evidence
        .iter()
        .find(|e| e.text == "If")
        .expect("the \"if\" is evidence");
    assert_eq!((ev.start, ev.end), (0, 2));
    assert!(ev.weight < 0.0, "{ev:?}");
    assert!(ev.why.contains("the means exist"), "{}", ev.why);
}

/// Words dismissed as no substitute for deeds put their weight on the negation, and say why; a
/// conciliatory word in the subject ("assurances") is cancelled by it.
#[test]
fn words_without_deeds_is_evidence_on_the_negation() {
    let st = classify_sentence("Assurances from the harbour board don't fix a broken crane.");
    assert_eq!(st.label, Crit);
    let neg = st
        .evidence
        .iter()
        .find(|e| e.text == "don't")
        .expect("the negation is evidence");
    assert!(neg.weight < 0.0, "{neg:?}");
    assert!(neg.why.contains("words, not deeds"), "{}", neg.why);
    let subject = st
        .evidence
        .iter()
        .find(|e| e.text == "Assurances")
        .expect("the subject is evidence");
    assert_eq!(subject.weight, 0.0, "{subject:?}");
}

/// A conciliatory subject judged by a critical predicate keeps its place in the evidence at
/// weight 0, and says that the predicate decides; the predicate says what it judged.
#[test]
fn a_judged_subject_is_evidence_at_weight_zero() {
    let st = classify_sentence("The ferry negotiations were far from satisfactory.");
    assert_eq!(st.label, Crit);
    let subject = st
        .evidence
        .iter()
        .find(|e| e.text == "negotiations")
        .expect("the subject is evidence");
    assert_eq!(subject.weight, 0.0, "{subject:?}");
    assert!(
        subject.why.contains("the predicate carries the stance"),
        "{}",
        subject.why
    );
    let judge = st
        .evidence
        .iter()
        .find(|e| e.text == "satisfactory")
        .expect("the predicate is evidence");
    assert!(judge.weight < 0.0, "{judge:?}");
    assert!(judge.why.contains("judges its subject"), "{}", judge.why);
}

/// The label of the partial quote `quote` in the last sentence of `text` (from `sentence` to the
/// end), reported with the cue `cue` in it, read with its lead-in as `extract` reads it.
fn partial_quote(text: &str, sentence: &str, cue: &str, quote: &str) -> StanceLabel {
    let s = text.find(sentence).expect("sentence in text");
    let k = s + text[s..].find(cue).expect("cue in sentence");
    let q = s + text[s..].find(quote).expect("quote in sentence");
    classify(&StanceInput {
        text,
        own: Span::new(q, q + quote.len()),
        context: Some(Span::new(s, text.len())),
        cue: Some(Span::new(k, k + cue.len())),
        lead_in: true,
        rest: None,
        speaker: None,
    })
    .label
}

/// A partial quote's lead-in frames it only when it is about the party the quote's own sentence
/// names: "Brannock refused to testify." says nothing of what the harbour board's spokesman meant.
/// A subject that refers back, or shares a word with the lead-in or with a sentence between them
/// that quoted the same speaker, is the same party.
#[test]
fn a_lead_in_about_another_party_does_not_frame_a_partial_quote() {
    let quote = "review the timetable";
    let scathing_then_quoted =
        "The growers were scathing. “We asked twice,” said Ilse Tarrow, who farms near Quellby.";
    for (lead, sentence, want) in [
        (
            "Brannock refused to testify.",
            "A spokesman for the board said it would “review the timetable”.",
            Neut,
        ),
        (
            "The board refused to testify.",
            "A spokesman for the board said it would “review the timetable”.",
            Crit,
        ),
        (
            "Brannock refused to testify.",
            "He said the board would “review the timetable”.",
            Crit,
        ),
        (
            "The growers were scathing.",
            "Two growers said the board would “review the timetable”.",
            Crit,
        ),
        (
            "The growers were scathing.",
            "Ilse Tarrow said the board would “review the timetable”.",
            Neut,
        ),
        (
            scathing_then_quoted,
            "Tarrow said the board would “review the timetable”.",
            Crit,
        ),
    ] {
        let text = format!("{lead} {sentence}");
        assert_eq!(
            partial_quote(&text, sentence, "said", quote),
            want,
            "{text}"
        );
    }
}
