"""Name stock for synthetic people: (Devanagari, Latin) pairs, so cross-script keys stay realistic."""

FIRST = [
    ("राम", "Ram"), ("श्याम", "Shyam"), ("सीता", "Sita"), ("गीता", "Geeta"), ("विनय", "Vinay"), ("अजय", "Ajay"),
    ("सुनील", "Sunil"), ("अनिल", "Anil"), ("राकेश", "Rakesh"), ("सुरेश", "Suresh"), ("महेश", "Mahesh"),
    ("दिनेश", "Dinesh"), ("पूजा", "Pooja"), ("कविता", "Kavita"), ("सुनीता", "Sunita"), ("अनीता", "Anita"),
    ("मनोज", "Manoj"), ("संजय", "Sanjay"), ("विजय", "Vijay"), ("प्रदीप", "Pradeep"), ("राजेश", "Rajesh"),
    ("लक्ष्मी", "Lakshmi"), ("सरिता", "Sarita"), ("रेखा", "Rekha"), ("आशा", "Asha"), ("मीना", "Meena"),
    ("रमेश", "Ramesh"), ("गोपाल", "Gopal"), ("कृष्ण", "Krishna"), ("हरीश", "Harish"), ("नरेश", "Naresh"),
    ("प्रकाश", "Prakash"), ("अशोक", "Ashok"), ("विकास", "Vikas"), ("अमित", "Amit"), ("रवि", "Ravi"),
    ("नीलम", "Neelam"), ("ममता", "Mamta"), ("संतोष", "Santosh"), ("भूपेंद्र", "Bhupendra"),
]
LAST = [
    ("वर्मा", "Verma"), ("शर्मा", "Sharma"), ("साहू", "Sahu"), ("यादव", "Yadav"), ("पटेल", "Patel"),
    ("सिंह", "Singh"), ("ठाकुर", "Thakur"), ("गुप्ता", "Gupta"), ("मिश्रा", "Mishra"), ("तिवारी", "Tiwari"),
    ("पांडेय", "Pandey"), ("चौहान", "Chauhan"), ("राजपूत", "Rajput"), ("मरकाम", "Markam"), ("नेताम", "Netam"),
    ("देवांगन", "Dewangan"), ("सोनी", "Soni"), ("जैन", "Jain"), ("अग्रवाल", "Agrawal"), ("कश्यप", "Kashyap"),
    ("बघेल", "Baghel"), ("निषाद", "Nishad"), ("कुर्रे", "Kurre"), ("ध्रुव", "Dhruw"), ("महोबिया", "Mahobia"),
]
PLACES = [
    ("रामपुर", "Rampur"), ("सीतापुर", "Sitapur"), ("नयागांव", "Nayagaon"), ("कृष्णनगर", "Krishnanagar"),
    ("शिवपुरी", "Shivpuri"), ("देवगढ़", "Devgarh"), ("चंदनपुर", "Chandanpur"), ("गोविंदपुर", "Govindpur"),
    ("हरिपुर", "Haripur"), ("लक्ष्मणपुर", "Lakshmanpur"), ("बेलपुर", "Belpur"), ("सोनपुर", "Sonpur"),
]
