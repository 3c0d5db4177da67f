	.file	"atomics.c"
	.machine "440"
	.section	".text"
	.lcomm	counter,4,4
	.type	counter, @object
	.lcomm	lock,4,4
	.type	lock, @object
	.section	".data"
	.align 2
	.type	top, @object
	.size	top, 4
top:
	.long	-1
	.lcomm	next_of,64,4
	.type	next_of, @object
	.lcomm	data,1024,4
	.type	data, @object
	.section	".text"
	.align 2
	.type	spin_lock, @function
spin_lock:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	nop
.L3:
	lwz 9,8(31)
	li 8,1
.L2:
	lwarx 10,0,9
	stwcx. 8,0,9
	bne- 0,.L2
	isync
	cmpwi 0,10,0
	bne 0,.L3
	nop
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	spin_lock,.-spin_lock
	.align 2
	.type	spin_unlock, @function
spin_unlock:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	li 10,0
	lwsync
	stw 10,0(9)
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	spin_unlock,.-spin_unlock
	.align 2
	.type	push, @function
push:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	lis 9,top@ha
	lwz 9,top@l(9)
	cmpw 0,9,9
	bne- 0,$+4
	isync
	stw 9,8(31)
.L8:
	lwz 10,8(31)
	lis 9,next_of@ha
	la 8,next_of@l(9)
	lwz 9,24(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lis 9,top@ha
	lwz 7,8(31)
	lwz 8,24(31)
	la 10,top@l(9)
	lwsync
	lwarx 9,0,10
	cmpw 0,9,7
	bne- 0,.L6
	stwcx. 8,0,10
.L6:
	mfcr 10
	rlwinm 10,10,3,1
	cmpwi 0,10,0
	bne 0,.L7
	stw 9,8(31)
.L7:
	mr 9,10
	xori 9,9,0x1
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L8
	nop
	nop
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	push,.-push
	.align 2
	.type	pop, @function
pop:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,top@ha
	lwz 9,top@l(9)
	cmpw 0,9,9
	bne- 0,$+4
	isync
	stw 9,8(31)
	nop
.L14:
	lwz 10,8(31)
	li 9,-1
	cmpw 0,10,9
	beq 0,.L10
	lwz 9,8(31)
	lis 10,next_of@ha
	la 10,next_of@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 8,0(9)
	lis 9,top@ha
	lwz 7,8(31)
	la 10,top@l(9)
	lwsync
.L11:
	lwarx 9,0,10
	cmpw 0,9,7
	bne- 0,.L12
	stwcx. 8,0,10
	bne- 0,.L11
.L12:
	isync
	mfcr 10
	rlwinm 10,10,3,1
	cmpwi 0,10,0
	bne 0,.L13
	stw 9,8(31)
.L13:
	mr 9,10
	xori 9,9,0x1
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L14
.L10:
	lwz 9,8(31)
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	pop,.-pop
	.align 2
	.type	cache_maintenance, @function
cache_maintenance:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	lwz 9,24(31)
	stw 9,8(31)
	b .L17
.L18:
	lwz 9,8(31)
#APP
 # 41 "atomics.c" 1
	dcbst 0,9
	dcbf 0,9
	icbi 0,9
	icbt 0,0,9
 # 0 "" 2
#NO_APP
	lwz 9,8(31)
	addi 9,9,32
	stw 9,8(31)
.L17:
	lwz 10,24(31)
	lwz 9,28(31)
	add 9,10,9
	lwz 10,8(31)
	cmplw 0,10,9
	blt 0,.L18
#APP
 # 42 "atomics.c" 1
	msync
	mbar
	isync
 # 0 "" 2
#NO_APP
	nop
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	cache_maintenance,.-cache_maintenance
	.section	.rodata
	.align 2
.LC0:
	.string	"counter"
	.align 2
.LC1:
	.string	"sum of previous values"
	.align 2
.LC2:
	.string	"cas ok"
	.align 2
.LC3:
	.string	"cas stale"
	.align 2
.LC4:
	.string	"cas saw"
	.align 2
.LC5:
	.string	"exchange"
	.align 2
.LC6:
	.string	"or-fetch"
	.align 2
.LC7:
	.string	"and-fetch"
	.align 2
.LC8:
	.string	"lock held each time"
	.align 2
.LC9:
	.string	"lock free at end"
	.align 2
.LC10:
	.string	"popped:"
	.align 2
.LC11:
	.string	"sum"
	.align 2
.LC12:
	.string	"data kept"
	.align 2
.LC13:
	.string	"time base runs forward"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB5:
	.cfi_startproc
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	mflr 0
	stw 0,116(1)
	stw 26,88(1)
	stw 27,92(1)
	stw 28,96(1)
	stw 29,100(1)
	stw 31,108(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	li 9,1
	stw 9,12(31)
	b .L20
.L22:
	lwz 7,12(31)
	lis 9,counter@ha
	la 9,counter@l(9)
	sync
.L21:
	lwarx 10,0,9
	add 8,10,7
	stwcx. 8,0,9
	bne- 0,.L21
	isync
	lwz 9,8(31)
	add 9,9,10
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L20:
	lwz 9,12(31)
	cmpwi 0,9,100
	ble 0,.L22
	lis 9,counter@ha
	lwz 9,counter@l(9)
	mr 4,9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	lwz 4,8(31)
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	li 9,5050
	stw 9,72(31)
	lis 10,counter@ha
	addi 9,31,72
	lwz 6,0(9)
	li 7,-1
	la 8,counter@l(10)
	sync
.L23:
	lwarx 10,0,8
	cmpw 0,10,6
	bne- 0,.L24
	stwcx. 7,0,8
	bne- 0,.L23
.L24:
	isync
	mfcr 8
	rlwinm 8,8,3,1
	cmpwi 0,8,0
	bne 0,.L25
	stw 10,0(9)
.L25:
	mr 9,8
	rlwinm 9,9,0,0xff
	stw 9,44(31)
	li 9,5050
	stw 9,72(31)
	lis 10,counter@ha
	addi 9,31,72
	lwz 6,0(9)
	li 7,-2
	la 8,counter@l(10)
	sync
.L26:
	lwarx 10,0,8
	cmpw 0,10,6
	bne- 0,.L27
	stwcx. 7,0,8
	bne- 0,.L26
.L27:
	isync
	mfcr 8
	rlwinm 8,8,3,1
	cmpwi 0,8,0
	bne 0,.L28
	stw 10,0(9)
.L28:
	mr 9,8
	rlwinm 9,9,0,0xff
	stw 9,48(31)
	lwz 4,44(31)
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	lwz 4,48(31)
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	lwz 9,72(31)
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	lis 9,counter@ha
	li 10,77
	la 9,counter@l(9)
	lwsync
.L29:
	lwarx 8,0,9
	stwcx. 10,0,9
	bne- 0,.L29
	isync
	mr 9,8
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	lis 9,counter@ha
	la 9,counter@l(9)
.L30:
	lwarx 10,0,9
	ori 10,10,0x100
	stwcx. 10,0,9
	bne- 0,.L30
	mr 9,10
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	lis 9,counter@ha
	la 9,counter@l(9)
.L31:
	lwarx 10,0,9
	rlwinm 10,10,0,23,27
	stwcx. 10,0,9
	bne- 0,.L31
	mr 9,10
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	sync
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	b .L32
.L33:
	lis 9,lock@ha
	la 3,lock@l(9)
	bl spin_lock
	lis 9,lock@ha
	lwz 9,lock@l(9)
	mr 10,9
	lwz 9,16(31)
	add 9,9,10
	stw 9,16(31)
	lis 9,lock@ha
	la 3,lock@l(9)
	bl spin_unlock
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L32:
	lwz 9,20(31)
	cmpwi 0,9,9
	ble 0,.L33
	lwz 4,16(31)
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	lis 9,lock@ha
	lwz 9,lock@l(9)
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_int
	li 9,0
	stw 9,24(31)
	b .L34
.L35:
	lwz 9,24(31)
	mulli 9,9,7
	rlwinm 9,9,0,28,31
	mr 3,9
	bl push
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L34:
	lwz 9,24(31)
	cmplwi 0,9,15
	ble 0,.L35
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl print_str
	b .L36
.L37:
	li 3,32
	bl print_char
	lwz 3,52(31)
	bl print_uint
.L36:
	bl pop
	stw 3,52(31)
	lwz 10,52(31)
	li 9,-1
	cmpw 0,10,9
	bne 0,.L37
	bl print_nl
	li 9,0
	stw 9,28(31)
	b .L38
.L39:
	lwz 9,28(31)
	mullw 9,9,9
	addi 10,9,-1000
	lis 9,data@ha
	la 8,data@l(9)
	lwz 9,28(31)
	slwi 9,9,2
	add 9,8,9
	stw 10,0(9)
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L38:
	lwz 9,28(31)
	cmpwi 0,9,255
	ble 0,.L39
	li 10,0
	li 11,0
	stw 10,32(31)
	stw 11,36(31)
	li 9,0
	stw 9,40(31)
	b .L40
.L41:
	lwz 9,40(31)
	addi 9,9,16
	slwi 10,9,2
	lis 9,data@ha
	la 9,data@l(9)
	add 9,10,9
	dcbt 0,9
	lwz 9,40(31)
	addi 9,9,8
	slwi 10,9,2
	lis 9,data@ha
	la 9,data@l(9)
	add 9,10,9
	dcbtst 0,9
	lis 9,data@ha
	la 10,data@l(9)
	lwz 9,40(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 27,9
	srawi 9,9,31
	mr 26,9
	lwz 10,32(31)
	lwz 11,36(31)
	addc 29,11,27
	adde 28,10,26
	stw 28,32(31)
	stw 29,36(31)
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L40:
	lwz 9,40(31)
	cmpwi 0,9,255
	ble 0,.L41
	lwz 5,32(31)
	lwz 6,36(31)
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_i64
	li 4,1024
	lis 9,data@ha
	la 3,data@l(9)
	bl cache_maintenance
	lis 9,data+256@ha
	la 9,data+256@l(9)
#APP
 # 92 "atomics.c" 1
	dcba 0,9
 # 0 "" 2
#NO_APP
	lis 9,data@ha
	la 9,data@l(9)
	lwz 9,1020(9)
	mr 4,9
	lis 9,.LC12@ha
	la 3,.LC12@l(9)
	bl show_int
	mftbu 10
	mftb 11
	mftbu 9
	cmpw 0,10,9
	bne- 0,$-16
	stw 10,56(31)
	stw 11,60(31)
	li 9,0
	stw 9,76(31)
	b .L42
.L43:
	lwz 9,76(31)
	addi 9,9,1
	stw 9,76(31)
.L42:
	lwz 9,76(31)
	cmpwi 0,9,99
	ble 0,.L43
	mftbu 10
	mftb 11
	mftbu 9
	cmpw 0,10,9
	bne- 0,$-16
	stw 10,64(31)
	stw 11,68(31)
	li 9,1
	lwz 8,64(31)
	lwz 10,56(31)
	cmplw 0,8,10
	bgt 0,.L44
	lwz 8,64(31)
	lwz 10,56(31)
	cmpw 0,8,10
	bne 0,.L45
	lwz 8,68(31)
	lwz 10,60(31)
	cmplw 0,8,10
	bgt 0,.L44
.L45:
	li 9,0
.L44:
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl show_int
	lis 9,counter@ha
	lwz 9,counter@l(9)
	addi 9,9,3
	mr 3,9
	addi 11,31,112
	lwz 0,4(11)
	mtlr 0
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
