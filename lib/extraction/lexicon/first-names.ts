const BASE_NAMES = `
Aaron Abdul Abdullah Abu Adam Ahmad Ahmed Alan Albert Alex Alexander Ali Alice Alicia Amanda Amir Amy Andrea
Andrew Angela Ann Anna Anne Anthony Antonio Arif Arthur Asad Asif Ashley Ashraf Barack Barbara Ben Benjamin
Bernie Betty Bill Billy Bob Brad Brandon Brian Bruce Carl Carlos Carol Caroline Catherine Charles Charlie
Chris Christian Christina Christine Christopher Chuck Claire Cory Craig Dan Daniel David Dennis Diana Diane
Donald Donna Doug Douglas Ed Edward Elizabeth Ellen Emily Emma Eric Fatima Faisal Frank Fred Gary George
Gerald Gloria Greg Gregory Hamid Hannah Harry Hasan Hassan Heather Helen Henry Hillary Howard Hussain Hussein
Ian Imran Ismail Jack Jacob James Jamie Jane Janet Jason Jean Jeff Jeffrey Jennifer Jens Jeremy Jerry Jessica
Jill Jim Jimmy Joan Joe John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Judy Julia Julie Justin
Karen Kate Katherine Kathleen Keith Kelly Ken Kenneth Kevin Khalid Kim Kimberly Larry Laura Lauren Lawrence
Leo Linda Lisa Lori Louis Lynn Mahmood Mahmoud Marco Margaret Maria Marie Mark Martin Mary Matt Matthew Max
Megan Melania Melissa Michael Michelle Mike Mitch Mohammad Mohammed Muhammad Nancy Naveed Nawaz Nicholas Nicole
Nikki Omar Pamela Pat Patricia Patrick Paul Peter Philip Rachel Rahul Raja Ralph Rand Randy Raymond Rebecca
Rex Richard Rick Rob Robert Roger Ron Ronald Rose Roy Russell Ruth Ryan Saad Sadiq Salman Sam Samantha Samuel
Sandra Sara Sarah Scott Sean Shah Shahid Shaukat Sharon Sheikh Shireen Sirajuddin Stephanie Stephen Steve
Steven Susan Syed Tariq Ted Terry Thomas Tim Timothy Tina Todd Tom Tony Tyler Usman Victor Victoria Vladimir
Walter Wayne William Xi Yusuf Zalmay Zeeshan Zubair Abdul Atiq Gulbuddin Hekmatyar Asadullah Amrullah Rahmatullah
Narendra Manmohan Benazir Pervez Nasir Qamar Javed Raheel Maryam Bilawal Asim Fawad Jahangir Sheikh Mehmood
Mahmud Ashraf Mullah Hamdullah Abdul Ghulam Khalil Zabihullah Suhail Yunus Emmanuel Angela Theresa Boris Recep
Hassan Mohsen Ebrahim Bashar Benjamin Kim Moon Shinzo Justin Jacinda Mike Kamala Nancy Chuck Lindsey Marco
Ted Elizabeth Kirsten Tulsi Pete Amy Beto Joe Hunter Ivanka Jared Kellyanne Sean Sarah Rudy Rudolph Rex
`
  .split(/\s+/)
  .filter(Boolean);

// more common given names, with their usual gender below
const MORE_FEMALE = `
Abigail Ada Adriana Agnes Aisha Alexandra Alexis Alison Allison Alyssa Amelia Ana Anastasia Angelica Angelique
Anita Annette Antonia Ariana Audrey Ava Ayesha Beatrice Belinda Bernadette Beth Beverly Bonnie Brenda Bridget
Brittany Brooke Camila Candace Carla Carmen Carolyn Cassandra Cecilia Charlotte Chelsea Cheryl Chloe Cindy Clara
Claudia Colleen Connie Constance Courtney Cynthia Dana Danielle Daphne Darlene Debbie Deborah Debra Delia Denise
Diane Dolores Doris Dorothy Edith Eileen Elaine Eleanor Elena Eliza Ella Eloise Elsa Erica Erin Esther Eva Evelyn
Farah Felicia Fiona Frances Francesca Gabriela Gabrielle Gail Genevieve Gina Greta Gretchen Gwen Gwendolyn Haley
Harriet Heidi Hilda Ida Ingrid Irene Isabel Isabella Jacqueline Jasmine Jeanne Jenna Jenny Jessie Joanna Jocelyn
Josephine Joyce Juanita Judith Julianne Kara Katie Katrina Kayla Kathryn Kendra Kristen Kristin Krista Lara Latoya
Leah Leila Lena Leslie Lila Lillian Lily Lois Loretta Lorraine Louise Lucy Luisa Lydia Madeleine Maggie Malala
Mandy Marcia Margarita Marian Marianne Marilyn Marion Marjorie Marlene Martha Maureen Maxine Melanie Meredith Mia
Mildred Miranda Miriam Molly Monica Monique Nadia Naomi Natalie Natasha Nina Nora Norma Olga Olivia Paige Paula
Pauline Penelope Penny Phyllis Priscilla Priya Rachael Ramona Rita Roberta Robin Rosa Rosalind Rosemary Roxanne
Sabrina Sally Selena Serena Shannon Sheila Shelby Shirley Silvia Simone Sonia Sophia Sophie Stacy Suzanne Sylvia
Tamara Tammy Tanya Tara Teresa Tiffany Valerie Vanessa Vera Veronica Vicky Viola Vivian Wanda Wendy Whitney Yolanda
Yvonne Zoe Ursula Hilary Beatriz Marisol Lucille Gabby Jeanette Nadine Rana Huma Sania Hina Nadia Zainab Samira
Layla Leyla Yasmin Amina Fatma Noor Sana Shazia Mariam Sakina Saima Farida
`
  .split(/\s+/)
  .filter(Boolean);
const MORE_MALE = `
Aidan Alfred Allen Alvin Andre Andres Andy Angelo Antoine Archie Armando Arnold Arturo Barry Bernard Blake Bobby
Boyd Bradley Brent Brett Bryan Byron Caleb Calvin Cameron Carter Cecil Cesar Chad Clarence Clark Claude Clayton
Clifford Clint Clyde Cody Colin Conor Connor Curtis Dale Damian Damon Dana Darnell Darrell Darren Darryl Dave Derek
Derrick Devin Dexter Diego Dominic Donnie Duane Dustin Dwayne Dwight Earl Eddie Edgar Eduardo Edwin Eli Elias
Elijah Elliot Elliott Emilio Enrique Erik Ernest Ernesto Esteban Ethan Eugene Evan Felix Fernando Floyd Francisco
Franklin Freddie Gabriel Geoffrey Gilbert Glen Glenn Gordon Graham Grant Guillermo Gustavo Hank Harold Harvey
Hector Herbert Herman Hugh Hugo Isaac Ivan Jackson Jaime Jake Jamal Javier Jay Jeremiah Jerome Jesse Joel Johnathan
Jordan Julian Julio Kareem Karl Keir Kirk Kurt Kyle Lance Landon Lee Leon Leonard Leroy Leslie Lester Lewis Liam
Lionel Lloyd Lorenzo Lucas Luis Luke Lyle Malcolm Manuel Marcus Mario Marvin Mathew Maurice Melvin Micah Miguel
Milton Mitchell Morgan Morris Murray Nathan Nathaniel Neil Nelson Nick Noah Norman Oliver Oscar Owen Pablo Pedro
Perry Phil Quentin Rafael Ramon Randall Raul Reed Reginald Rene Ricardo Ricky Rodney Rodrigo Roland Ross Ruben
Rufus Rupert Russ Salvador Saul Sergio Seth Shane Shawn Sidney Simon Spencer Stanley Stuart Terrence Theodore Toby
Tommy Travis Trevor Vernon Vince Vincent Wade Wallace Warren Wesley Wilbur Willie Xavier Zachary Dmitri Sergei
Alexei Yuri Mikhail Nikolai Andrei Igor Oleg Pavel Viktor Hans Jurgen Klaus Stefan Wolfgang Pierre Jacques Francois
Olaf Lars Sven Giovanni Giuseppe Luca Matteo Paolo Alessandro Ahmet Mehmet Mustafa Hamza Bilal Farhan Kamran Waqar
Yasir Zafar Rashid Rafiq Karim Nabil Tarek Tarik Walid Youssef Ibrahim Ismael Moshe Yosef Avi Ravi Rajesh Sanjay
Vijay Amit Arjun Deepak Sunil Anil Manoj Suresh Ramesh Kumar Akira Hiroshi Takeshi Kenji Chen Wei
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Common given names (English-speaking, South Asian, Middle Eastern, European),
 * used only as evidence that a two-word capitalised phrase names a person.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...BASE_NAMES, ...MORE_FEMALE, ...MORE_MALE]);

// names given to both women and men: no gender evidence
const EITHER = new Set(MORE_FEMALE.filter((n) => MORE_MALE.includes(n)));

/** Given names that are usually women's, for "she"/"he" agreement in pronoun resolution. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  `
Alice Alicia Amanda Amy Andrea Angela Ann Anna Anne Ashley Barbara Benazir Betty Begum Carol Caroline Catherine
Christina Christine Claire Diana Diane Donna Elizabeth Ellen Emily Emma Fatima Gloria Hannah Heather Helen Hillary
Ivanka Jacinda Jane Janet Jennifer Jessica Jill Joan Judy Julia Julie Kamala Karen Kate Katherine Kathleen Kelly
Kellyanne Kimberly Kirsten Laura Lauren Linda Lindsey Lisa Lori Lynn Margaret Maria Marie Mary Maryam Megan Melania
Melissa Michelle Nancy Nicole Nikki Pamela Patricia Rachel Rebecca Rose Ruth Samantha Sandra Sara Sarah Sharon
Shireen Stephanie Susan Theresa Tina Tulsi Victoria
`
    .split(/\s+/)
    .filter(Boolean)
    .concat(MORE_FEMALE.filter((n) => !EITHER.has(n))),
);

/** Given names that are usually men's, for "she"/"he" agreement in pronoun resolution. */
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  [...FIRST_NAMES].filter(
    (n) =>
      !FEMALE_FIRST_NAMES.has(n) &&
      !EITHER.has(n) &&
      !/^(?:Jamie|Kim|Pat|Lynn|Kelly|Sam|Alex|Max|Moon|Xi|Sheikh|Syed|Mullah|Shah|Raja|Abu)$/.test(n),
  ),
);
