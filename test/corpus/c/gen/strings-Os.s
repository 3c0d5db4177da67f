	.file	"strings.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	my_strcmp, @function
my_strcmp:
.LFB1:
	.cfi_startproc
	li 9,0
.L3:
	lbzx 10,3,9
	lbzx 8,4,9
	cmpwi 0,10,0
	beq- 0,.L2
	cmpw 0,10,8
	addi 9,9,1
	beq+ 0,.L3
.L2:
	subf 3,8,10
	blr
	.cfi_endproc
.LFE1:
	.size	my_strcmp,.-my_strcmp
	.align 2
	.type	reverse, @function
reverse:
.LFB4:
	.cfi_startproc
	srwi 9,4,1
	li 10,0
	addi 9,9,1
	add 4,3,4
	mtctr 9
.L9:
	bdnz .L10
	blr
.L10:
	lbzx 9,3,10
	lbzu 8,-1(4)
	stbx 8,3,10
	addi 10,10,1
	stb 9,0(4)
	b .L9
	.cfi_endproc
.LFE4:
	.size	reverse,.-reverse
	.align 2
	.type	itoa, @function
itoa:
.LFB6:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mr. 9,3
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr 31,4
	stw 0,20(1)
	.cfi_offset 65, 4
	bge+ 0,.L12
	cmpwi 7,5,10
	bne+ 7,.L12
	neg 9,9
.L12:
	lis 8,.LANCHOR0@ha
	li 4,0
	addi 3,31,-1
	la 8,.LANCHOR0@l(8)
.L13:
	divwu 7,9,5
	mr 6,4
	addi 4,4,1
	mullw 10,7,5
	subf 10,10,9
	lbzx 10,8,10
	stbx 10,3,4
	mr 10,9
	cmplw 7,5,10
	mr 9,7
	ble+ 7,.L13
	bge+ 0,.L14
	cmpwi 0,5,10
	bne+ 0,.L14
	li 9,45
	stbx 9,31,4
	addi 4,6,2
.L14:
	li 9,0
	mr 3,31
	stbx 9,31,4
	bl reverse
	addi 11,1,16
	mr 3,31
	b _restgpr_31_x
	.cfi_restore 31
	.cfi_restore 65
	.cfi_endproc
.LFE6:
	.size	itoa,.-itoa
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"abababcabcabcd"
	.section	".text"
	.align 2
	.type	find.constprop.0, @function
find.constprop.0:
.LFB11:
	.cfi_startproc
	mr 8,3
	mr 9,3
.L18:
	lbz 10,0(9)
	cmpwi 0,10,0
	bne+ 0,.L19
	lis 3,.LC0@ha
	subf 10,8,9
	la 3,.LC0@l(3)
.L20:
	lbz 9,0(3)
	cmpwi 0,9,0
	bne+ 0,.L24
	li 3,0
.L17:
	blr
.L19:
	addi 9,9,1
	b .L18
.L22:
	addi 9,9,1
.L23:
	bdz .L17
	lbzx 6,3,9
	lbzx 7,8,9
	cmpw 0,6,7
	beq+ 0,.L22
	addi 3,3,1
	b .L20
.L24:
	addi 7,10,1
	li 9,0
	mtctr 7
	b .L23
	.cfi_endproc
.LFE11:
	.size	find.constprop.0,.-find.constprop.0
	.section	.rodata.str1.1
.LC1:
	.string	" ,;.!"
.LC2:
	.string	"atoi sum"
.LC3:
	.string	"the quick brown fox, jumps over the lazy dog; the dog sleeps. quick!"
.LC4:
	.string	"length"
.LC5:
	.string	"tokens"
.LC6:
	.string	"distinct"
.LC7:
	.string	"abcd"
.LC8:
	.string	"find abcd"
.LC9:
	.string	"abd"
.LC10:
	.string	"find abd"
.LC11:
	.string	"overlapping"
.LC12:
	.string	"apricot"
.LC13:
	.string	"apple"
.LC14:
	.string	"cmp"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB10:
	.cfi_startproc
	stwu 1,-576(1)
	.cfi_def_cfa_offset 576
	mflr 0
	stmw 20,528(1)
	.cfi_register 65, 0
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,580(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR0@l(31)
	addi 29,31,36
	li 28,6
.L28:
	lwzu 30,4(29)
	li 5,10
	addi 4,1,464
	mr 3,30
	bl itoa
	bl print_str
	li 3,32
	bl print_char
	li 5,16
	addi 4,1,464
	mr 3,30
	bl itoa
	bl print_str
	li 3,32
	bl print_char
	li 5,2
	addi 4,1,464
	mr 3,30
	bl itoa
	bl print_str
	li 3,32
	bl print_char
	li 5,36
	addi 4,1,464
	mr 3,30
	bl itoa
	bl print_str
	bl print_nl
	addic. 28,28,-1
	bne+ 0,.L28
	li 7,0
	li 4,0
	addi 31,31,64
	li 3,1000
.L35:
	slwi 9,7,2
	lwzx 9,9,31
.L29:
	lbz 10,0(9)
	rlwinm 6,10,0,0xff
	cmpwi 0,6,32
	beq- 0,.L30
	cmpwi 0,6,9
	beq+ 0,.L30
	addi 10,10,-43
	andi. 10,10,0xfd
	bne+ 0,.L31
	addi 9,9,1
.L31:
	addi 9,9,-1
	li 10,0
.L32:
	lbzu 8,1(9)
	addi 5,8,-48
	rlwinm 5,5,0,0xff
	cmplwi 0,5,9
	ble+ 0,.L33
	cmpwi 0,6,45
	bne+ 0,.L34
	neg 10,10
.L34:
	divw 9,10,3
	addi 7,7,1
	cmplwi 0,7,5
	mulli 9,9,1000
	subf 9,9,10
	add 4,4,9
	bne+ 0,.L35
	lis 3,.LC2@ha
	addi 27,1,8
	la 3,.LC2@l(3)
	bl show_int
	lis 8,.LC3@ha
	li 10,0
	la 8,.LC3@l(8)
.L36:
	lbzx 9,8,10
	stbx 9,10,27
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	addi 10,10,1
	bne+ 0,.L36
	mr 4,27
.L37:
	lbz 9,0(4)
	cmpwi 0,9,0
	bne+ 0,.L38
	lis 3,.LC4@ha
	subf 4,27,4
	la 3,.LC4@l(3)
	mr 29,27
	bl show_int
	li 25,0
	li 31,0
	lis 22,.LC1@ha
	li 23,0
	addi 21,1,336
	li 20,0
.L43:
	lbz 8,0(29)
	cmpwi 0,8,0
	bne+ 0,.L72
	lis 3,.LC5@ha
	mr 4,25
	la 3,.LC5@l(3)
	li 30,0
	bl show_int
	lis 3,.LC6@ha
	mr 4,31
	la 3,.LC6@l(3)
	bl show_int
	addi 26,1,208
	addi 24,1,336
.L49:
	cmpw 0,31,30
	bgt+ 0,.L57
	addi 26,1,336
	li 29,1
	mr 21,26
.L58:
	cmpw 0,31,29
	bgt+ 0,.L62
	li 30,0
.L63:
	cmpw 0,31,30
	bgt+ 0,.L65
	lis 3,.LC7@ha
	la 3,.LC7@l(3)
	bl find.constprop.0
	li 4,-1
	cmpwi 0,3,0
	beq- 0,.L66
	lis 4,.LC0@ha
	la 4,.LC0@l(4)
	subf 4,4,3
.L66:
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	bl show_int
	lis 3,.LC9@ha
	la 3,.LC9@l(3)
	bl find.constprop.0
	li 4,-1
	cmpwi 0,3,0
	beq- 0,.L67
	lis 4,.LC0@ha
	la 4,.LC0@l(4)
	subf 4,4,3
.L67:
	lis 3,.LC10@ha
	addi 30,1,504
	la 3,.LC10@l(3)
	bl show_int
	lis 9,.LC11@ha
	li 10,12
	la 9,.LC11@l(9)
	mtctr 10
.L68:
	lbzx 10,9,28
	stbx 10,28,30
	addi 28,28,1
	bdnz .L68
	mr 4,30
.L69:
	lbz 9,0(4)
	cmpwi 0,9,0
	bne+ 0,.L70
	subf 4,30,4
	mr 3,30
	bl reverse
	mr 3,30
	bl print_str
	bl print_nl
	lis 4,.LC12@ha
	lis 3,.LC13@ha
	la 4,.LC12@l(4)
	la 3,.LC13@l(3)
	bl my_strcmp
	li 4,1
	cmpwi 0,3,0
	bge+ 0,.L71
	li 4,-1
.L71:
	lis 3,.LC14@ha
	la 3,.LC14@l(3)
	bl show_int
	addi 11,1,576
	add 3,31,25
	b _restgpr_20_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 65
.L30:
	.cfi_restore_state
	addi 9,9,1
	b .L29
.L33:
	mulli 10,10,10
	rlwinm 8,8,0,0xff
	addi 8,8,-48
	add 10,8,10
	b .L32
.L38:
	addi 4,4,1
	b .L37
.L41:
	addi 24,24,1
.L55:
	cmpw 0,31,24
	slwi 26,24,2
	ble- 0,.L40
	lwzx 3,21,26
	mr 4,29
	bl my_strcmp
	cmpwi 0,3,0
	bne+ 0,.L41
.L42:
	add 26,27,26
	addi 25,25,1
	lwz 9,200(26)
	mr 29,30
	addi 9,9,1
	stw 9,200(26)
	b .L43
.L40:
	bne- 0,.L42
	add 9,27,26
	addi 31,31,1
	stw 29,328(9)
	stw 20,200(9)
	b .L42
.L46:
	addi 29,29,1
	b .L43
.L47:
	cmpw 0,8,10
	beq- 0,.L46
	addi 9,9,1
.L44:
	lbz 10,0(9)
	cmpwi 0,10,0
	bne+ 0,.L47
	mr 30,29
.L48:
	lbz 8,0(30)
	cmpwi 0,8,0
	bne+ 0,.L73
.L51:
	li 24,0
	b .L55
.L72:
	la 9,.LC1@l(22)
	mr 7,9
	b .L44
.L53:
	cmpw 0,8,10
	beq- 0,.L52
	addi 9,9,1
.L50:
	lbz 10,0(9)
	cmpwi 0,10,0
	bne+ 0,.L53
	addi 30,30,1
	b .L48
.L73:
	mr 9,7
	b .L50
.L57:
	slwi 9,30,2
	lwzx 29,9,26
	cmpwi 0,29,1
	ble+ 0,.L56
	lwzx 3,24,9
	bl print_str
	li 3,61
	bl print_char
	mr 3,29
	bl print_int
	bl print_nl
.L56:
	addi 30,30,1
	b .L49
.L62:
	lwzu 23,4(26)
	addi 30,29,-1
	mr 24,26
.L59:
	lwz 22,-4(24)
	mr 4,23
	mr 3,22
	bl my_strcmp
	cmpwi 0,3,0
	ble- 0,.L60
	addi 30,30,-1
	stw 22,0(24)
	cmpwi 0,30,-1
	addi 24,24,-4
	bne+ 0,.L59
.L60:
	addi 30,30,1
	addi 29,29,1
	slwi 30,30,2
	add 30,27,30
	stw 23,328(30)
	b .L58
.L65:
	slwi 9,30,2
	addi 30,30,1
	lwzx 3,21,9
	bl print_str
	li 3,32
	cmpw 0,30,31
	blt+ 0,.L64
	li 3,10
.L64:
	rlwinm 3,3,0,0xff
	bl print_char
	b .L63
.L70:
	addi 4,4,1
	b .L69
.L52:
	stb 23,0(30)
	addi 30,30,1
	b .L51
	.cfi_endproc
.LFE10:
	.size	main,.-main
	.section	.rodata.str1.1
.LC15:
	.string	"  123"
.LC16:
	.string	"-0042xyz"
.LC17:
	.string	"+7"
.LC18:
	.string	"\t-2147483647"
.LC19:
	.string	"abc"
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	digits.0, @object
	.size	digits.0, 37
digits.0:
	.string	"0123456789abcdefghijklmnopqrstuvwxyz"
	.zero	3
	.type	nums.2, @object
	.size	nums.2, 24
nums.2:
	.long	0
	.long	7
	.long	-42
	.long	1000000
	.long	-2147483647
	.long	255
	.type	ins.1, @object
	.size	ins.1, 20
ins.1:
	.long	.LC15
	.long	.LC16
	.long	.LC17
	.long	.LC18
	.long	.LC19
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
